namespace Osprey.Core.Learning.Trees;

/// <summary>How a compiled split decides left (1) or right (0); implemented by structs so each scoring loop is compiled for one kind.</summary>
internal interface INodeStep
{
    static abstract int Left(ref CompiledNode node, ref float row, ref byte sets);
}

using System.Runtime.CompilerServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>The step for forests whose categorical sets fit in 64 bits: the comparison or'ed with the node's inline bit for the code.</summary>
internal readonly struct NarrowSetStep : INodeStep
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Left(ref CompiledNode node, ref float row, ref byte sets)
    {
        var value = Unsafe.Add(ref row, node.Position);
        return (value <= node.Threshold ? 1 : 0) | (int)((node.Bits >> Codes.Truncate(value)) & 1);
    }
}

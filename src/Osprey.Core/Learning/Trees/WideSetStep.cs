using System.Runtime.CompilerServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>The step for forests with wide categorical sets: the comparison or'ed with the code's byte in the node's table.</summary>
internal readonly struct WideSetStep : INodeStep
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Left(ref CompiledNode node, ref float row, ref byte sets)
    {
        var value = Unsafe.Add(ref row, node.Position);
        return (value <= node.Threshold ? 1 : 0) | Unsafe.Add(ref sets, node.SetOffset + (Codes.Truncate(value) & node.CodeMask));
    }
}

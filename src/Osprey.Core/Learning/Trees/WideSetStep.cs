using System.Runtime.CompilerServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>The step for forests with wide categorical sets: the comparison or'ed with the code's bit in the node's words of the pool.</summary>
internal readonly struct WideSetStep : INodeStep
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Left(ref CompiledNode node, ref float row, ref uint sets)
    {
        var value = Unsafe.Add(ref row, node.Position);
        var code = (int)value;
        var word = Unsafe.Add(ref sets, node.SetOffset + ((code >> 5) & node.WordMask));
        return (value <= node.Threshold ? 1 : 0) | (int)((word >> (code & 31)) & 1);
    }
}

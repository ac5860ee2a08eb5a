using System.Runtime.CompilerServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>The step for forests without categorical splits: one comparison.</summary>
internal readonly struct NumericStep : INodeStep
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Left(ref CompiledNode node, ref float row, ref byte sets) =>
        Unsafe.Add(ref row, node.Position) <= node.Threshold ? 1 : 0;
}

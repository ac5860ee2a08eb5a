using System.Runtime.InteropServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>
/// A split packed for scoring. Numeric splits go left when the value at <see cref="Position"/> is at most <see cref="Threshold"/>
/// and hold an empty set. Categorical splits have a NaN threshold (the comparison is always false) and go left when their set
/// holds the code: inline in <see cref="Bits"/> when every categorical feature has at most 62 categories, otherwise as a
/// byte table at <see cref="SetOffset"/> in the forest's pool, the code masked by <see cref="CodeMask"/> to stay inside it.
/// So one branch-free step serves both kinds.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal struct CompiledNode
{
    [FieldOffset(0)]
    public float Threshold;

    [FieldOffset(4)]
    public int Position;

    [FieldOffset(8)]
    public int SetOffset;

    [FieldOffset(12)]
    public int CodeMask;

    [FieldOffset(8)]
    public ulong Bits;

    /// <summary>A split that sends every row left (missing values read as -∞ at position 0): pads shallow leaves to the full depth of a perfect tree.</summary>
    public static CompiledNode AlwaysLeft => new() { Threshold = float.PositiveInfinity };
}

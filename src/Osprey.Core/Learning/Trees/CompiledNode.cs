using System.Runtime.InteropServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>
/// A split packed for scoring. Numeric splits go left when the value at <see cref="Position"/> is at most <see cref="Threshold"/>
/// and point at the empty set at offset 0. Categorical splits have a NaN threshold (the comparison is always false) and go left
/// when their bit set, masked to its own words, holds the code; so one branch-free step serves both kinds.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct CompiledNode
{
    public float Threshold;
    public int Position;
    public int SetOffset;
    public int WordMask;

    /// <summary>A split that sends every row left (missing values read as -∞ at position 0): pads shallow leaves to the full depth of a perfect tree.</summary>
    public static CompiledNode AlwaysLeft => new() { Threshold = float.PositiveInfinity };

    public readonly bool IsCategorical => SetOffset != 0;
}

namespace Osprey.Core.Learning.Trees;

/// <summary>The best split found for a node: feature, where it cuts, where missing values go, and the two children's gradient sums.</summary>
internal struct SplitCandidate
{
    public int Feature;
    public double Gain;
    public bool IsCategorical;

    /// <summary>For numeric splits, the last bin that goes left.</summary>
    public int ThresholdBin;

    public bool DefaultLeft;

    /// <summary>For categorical splits, the bins (the missing bin included when it goes left) that go left.</summary>
    public BinSet LeftCategories;

    public double LeftGradient;
    public double LeftHessian;
    public double RightGradient;
    public double RightHessian;

    public static SplitCandidate None => new() { Feature = -1, Gain = double.NegativeInfinity };

    public readonly bool IsValid => Feature >= 0;

    /// <summary>Returns the bins that go left as a 256-byte 0/1 table (numeric thresholds expanded, missing bin included).</summary>
    public readonly void FillLeftTable(BinMapper mapper, Span<byte> table)
    {
        if (IsCategorical)
        {
            LeftCategories.ToTable(table);
            return;
        }
        table.Clear();
        table[..(ThresholdBin + 1)].Fill(1);
        table[mapper.MissingBin] = DefaultLeft ? (byte)1 : (byte)0;
    }
}

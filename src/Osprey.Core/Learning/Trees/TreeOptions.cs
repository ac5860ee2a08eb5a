namespace Osprey.Core.Learning.Trees;

/// <summary>How one tree grows: shape limits, regularisation and categorical split settings shared by boosting and forests.</summary>
internal sealed record TreeOptions
{
    public GrowthPolicy Growth { get; init; } = GrowthPolicy.DepthWise;

    /// <summary>Gets whether unlimited trees grow depth-first: the same tree as level by level, but only the pending siblings on the path hold histograms.</summary>
    public bool DepthFirst { get; init; }

    /// <summary>Gets the deepest level a node may be at (root is 0); 0 or less means no limit.</summary>
    public int MaxDepth { get; init; } = 6;

    /// <summary>Gets the most leaves a tree may have; 0 or less means no limit.</summary>
    public int MaxLeaves { get; init; }

    public double MinChildWeight { get; init; } = 1;

    public int MinSamplesLeaf { get; init; } = 1;

    public double L2 { get; init; } = 1;

    public double L1 { get; init; }

    public double MinSplitGain { get; init; }

    /// <summary>Gets the fraction of the tree's features each node may choose from (1 = all).</summary>
    public double FeatureFractionPerNode { get; init; } = 1;

    /// <summary>Gets the most categories for which a one-vs-rest split is tried instead of an ordered partition.</summary>
    public int MaxOneHotCategories { get; init; } = 4;

    /// <summary>Gets the most categories one side of an ordered categorical partition may hold.</summary>
    public int MaxCategoriesPerSplit { get; init; } = 32;

    /// <summary>Gets the extra L2 penalty on categorical partitions, which fit training data more easily than thresholds.</summary>
    public double CategoricalL2 { get; init; } = 10;

    /// <summary>Gets the pseudo-hessian added when ordering categories by mean gradient, damping rare categories.</summary>
    public double CategoricalSmoothing { get; init; } = 10;
}

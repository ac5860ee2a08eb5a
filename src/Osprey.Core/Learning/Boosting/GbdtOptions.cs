using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>Gradient boosting settings; the defaults follow XGBoost's hist method except the learning rate (0.1) and tree count (200), see docs/learning.md.</summary>
public sealed record GbdtOptions
{
    /// <summary>Gets the number of boosting iterations (trees per class); the default is 200.</summary>
    public int Trees { get; init; } = 200;

    /// <summary>Gets the shrinkage applied to every leaf; the default is 0.1.</summary>
    public double LearningRate { get; init; } = 0.1;

    /// <summary>Gets the growth policy; the default is depth-wise.</summary>
    public GrowthPolicy Growth { get; init; } = GrowthPolicy.DepthWise;

    /// <summary>Gets the maximum depth; null means 6 for depth-wise growth and no limit for leaf-wise growth.</summary>
    public int? MaxDepth { get; init; }

    /// <summary>Gets the maximum leaves per tree; null means 31 for leaf-wise growth and no limit for depth-wise growth.</summary>
    public int? MaxLeaves { get; init; }

    /// <summary>Gets the smallest hessian sum a child may have; the default is 1.</summary>
    public double MinChildWeight { get; init; } = 1;

    /// <summary>Gets the fewest rows a child may have (estimated from hessian shares); the default is 1.</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Gets the L2 penalty on leaf weights; the default is 1.</summary>
    public double L2 { get; init; } = 1;

    /// <summary>Gets the L1 penalty on leaf weights; the default is 0.</summary>
    public double L1 { get; init; }

    /// <summary>Gets the smallest loss reduction a split must bring; the default is 0.</summary>
    public double MinSplitGain { get; init; }

    /// <summary>Gets the fraction of rows each tree sees; the default is 1.</summary>
    public double Subsample { get; init; } = 1;

    /// <summary>Gets the fraction of features each tree may use; the default is 1.</summary>
    public double ColumnSampleByTree { get; init; } = 1;

    /// <summary>Gets the fraction of the tree's features each node may use; the default is 1.</summary>
    public double ColumnSampleByNode { get; init; } = 1;

    /// <summary>Gets the most value bins per feature (at most 255; one more bin holds missing values); the default is 255.</summary>
    public int MaxBins { get; init; } = 255;

    /// <summary>Gets how many rows (at most) quantile bins are computed from; the default is 200,000.</summary>
    public int BinSampleRows { get; init; } = 200_000;

    /// <summary>Gets how many iterations without validation improvement stop training (0 never stops); used only with validation data; the default is 20.</summary>
    public int EarlyStoppingRounds { get; init; } = 20;

    /// <summary>Gets whether classes are weighted inversely to their frequency (scikit-learn's "balanced").</summary>
    public bool BalancedClassWeights { get; init; }

    /// <summary>Gets explicit weights per class index (multiplied into row weights); null for none.</summary>
    public IReadOnlyList<double>? ClassWeights { get; init; }

    /// <summary>Gets the seed for row and column sampling and for bin sampling; the default is 42.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>Gets the number of threads (0 = all processors); results are repeatable for a seed and thread count.</summary>
    public int Threads { get; init; }

    /// <summary>Gets the most categories for which one-vs-rest categorical splits are tried; the default is 4.</summary>
    public int MaxOneHotCategories { get; init; } = 4;

    /// <summary>Gets the most categories one side of a categorical split may hold; the default is 32.</summary>
    public int MaxCategoriesPerSplit { get; init; } = 32;

    /// <summary>Gets the extra L2 penalty for categorical splits; the default is 10.</summary>
    public double CategoricalL2 { get; init; } = 10;

    /// <summary>Gets the smoothing used to order categories; the default is 10.</summary>
    public double CategoricalSmoothing { get; init; } = 10;

    internal int EffectiveMaxDepth => MaxDepth ?? (Growth == GrowthPolicy.DepthWise ? 6 : 0);

    internal int EffectiveMaxLeaves => MaxLeaves ?? (Growth == GrowthPolicy.LeafWise ? 31 : 0);

    internal int EffectiveThreads => Threads > 0 ? Threads : Environment.ProcessorCount;

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        Check(Trees >= 1, "trees", "at least 1");
        Check(LearningRate is > 0 and <= 1, "learning_rate", "in (0, 1]");
        Check(EffectiveMaxDepth >= 0 && EffectiveMaxLeaves is 0 or >= 2, "max_depth/max_leaves", "max_depth >= 0 and max_leaves >= 2");
        Check(MinChildWeight >= 0 && MinSamplesLeaf >= 1, "min_child_weight/min_samples_leaf", "min_child_weight >= 0 and min_samples_leaf >= 1");
        Check(L2 >= 0 && L1 >= 0 && MinSplitGain >= 0, "l2/l1/min_split_gain", "not negative");
        Check(Subsample is > 0 and <= 1, "subsample", "in (0, 1]");
        Check(ColumnSampleByTree is > 0 and <= 1 && ColumnSampleByNode is > 0 and <= 1, "colsample", "in (0, 1]");
        Check(MaxBins is >= 2 and <= 255, "max_bins", "between 2 and 255");
        Check(BinSampleRows >= 1000, "bin_sample_rows", "at least 1000");
        Check(EarlyStoppingRounds >= 0 && Threads >= 0, "early_stopping_rounds/threads", "not negative");
        Check(ClassWeights is null || ClassWeights.All(w => w > 0 && double.IsFinite(w)), "class_weights", "positive");
    }

    internal TreeOptions ToTreeOptions() => new()
    {
        Growth = Growth, MaxDepth = EffectiveMaxDepth, MaxLeaves = EffectiveMaxLeaves, MinChildWeight = MinChildWeight,
        MinSamplesLeaf = MinSamplesLeaf, L2 = L2, L1 = L1, MinSplitGain = MinSplitGain, FeatureFractionPerNode = ColumnSampleByNode,
        MaxOneHotCategories = MaxOneHotCategories, MaxCategoriesPerSplit = MaxCategoriesPerSplit,
        CategoricalL2 = CategoricalL2, CategoricalSmoothing = CategoricalSmoothing,
    };

    private static void Check(bool ok, string name, string rule)
    {
        if (!ok)
        {
            throw OspreyException.Invalid($"The boosting setting '{name}' must be {rule}.");
        }
    }
}

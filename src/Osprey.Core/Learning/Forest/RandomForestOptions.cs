namespace Osprey.Core.Learning.Forest;

/// <summary>Random forest settings; the defaults follow scikit-learn's RandomForest (100 trees, bootstrap, √features per split for classification, all for regression, no depth limit).</summary>
public sealed record RandomForestOptions
{
    /// <summary>Gets the number of trees (per class for multiclass); the default is 100.</summary>
    public int Trees { get; init; } = 100;

    /// <summary>Gets the maximum depth; 0 means no limit (the default). Deep trees on large data are slow: set a limit there.</summary>
    public int MaxDepth { get; init; }

    /// <summary>Gets the fewest rows (bootstrap counts) a leaf may hold; the default is 1.</summary>
    public int MinSamplesLeaf { get; init; } = 1;

    /// <summary>Gets the fraction of features each split may consider; null means √features/features for classification and 1 for regression.</summary>
    public double? MaxFeatures { get; init; }

    /// <summary>Gets whether each tree sees a bootstrap sample (with replacement) rather than every row; the default is true.</summary>
    public bool Bootstrap { get; init; } = true;

    /// <summary>Gets the most value bins per feature; the default is 255.</summary>
    public int MaxBins { get; init; } = 255;

    /// <summary>Gets whether classes are weighted inversely to their frequency.</summary>
    public bool BalancedClassWeights { get; init; }

    /// <summary>Gets the seed for bootstrap samples and feature choices; the default is 42.</summary>
    public long Seed { get; init; } = 42;

    /// <summary>Gets the number of threads (0 = all processors); trees grow in parallel and the result does not depend on it.</summary>
    public int Threads { get; init; }

    /// <summary>Throws <see cref="ErrorCode.InvalidParameter"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        if (Trees < 1 || MaxDepth < 0 || MinSamplesLeaf < 1 || MaxBins is < 2 or > 255 || Threads < 0)
        {
            throw OspreyException.Invalid("Random forest settings need trees >= 1, max_depth >= 0, min_samples_leaf >= 1, max_bins in 2..255 and threads >= 0.");
        }
        if (MaxFeatures is { } fraction && fraction is <= 0 or > 1)
        {
            throw OspreyException.Invalid("The random forest setting 'max_features' must be a fraction in (0, 1].");
        }
    }
}

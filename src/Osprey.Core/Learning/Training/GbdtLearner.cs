using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Training;

/// <summary>The gradient-boosted trees learner, configured from text parameters (see docs/learning.md for names and defaults).</summary>
public sealed class GbdtLearner : ILearner
{
    private static readonly Dictionary<string, GrowthPolicy> Growths = new(StringComparer.Ordinal)
    {
        ["DEPTHWISE"] = GrowthPolicy.DepthWise, ["DEPTH_WISE"] = GrowthPolicy.DepthWise,
        ["LEAFWISE"] = GrowthPolicy.LeafWise, ["LEAF_WISE"] = GrowthPolicy.LeafWise,
    };

    /// <summary>Creates the learner from parameters such as <c>trees</c>, <c>learning_rate</c>, <c>max_depth</c>; throws for unknown names or bad values.</summary>
    public GbdtLearner(IReadOnlyDictionary<string, string>? parameters = null)
    {
        var read = new ParameterReader(Name, parameters);
        var defaults = new GbdtOptions();
        Options = new GbdtOptions
        {
            Trees = read.Int("trees", defaults.Trees),
            LearningRate = read.Double("learning_rate", defaults.LearningRate),
            Growth = read.Choice("growth", defaults.Growth, Growths),
            MaxDepth = read.OptionalInt("max_depth", null),
            MaxLeaves = read.OptionalInt("max_leaves", null),
            MinChildWeight = read.Double("min_child_weight", defaults.MinChildWeight),
            MinSamplesLeaf = read.Int("min_samples_leaf", defaults.MinSamplesLeaf),
            L2 = read.Double("l2", defaults.L2),
            L1 = read.Double("l1", defaults.L1),
            MinSplitGain = read.Double("min_split_gain", defaults.MinSplitGain),
            Subsample = read.Double("subsample", defaults.Subsample),
            ColumnSampleByTree = read.Double("colsample_bytree", defaults.ColumnSampleByTree),
            ColumnSampleByNode = read.Double("colsample_bynode", defaults.ColumnSampleByNode),
            MaxBins = read.Int("max_bins", defaults.MaxBins),
            EarlyStoppingRounds = read.Int("early_stopping_rounds", defaults.EarlyStoppingRounds),
            BalancedClassWeights = read.Bool("balanced_class_weights", false),
            Seed = read.Long("seed", defaults.Seed),
            Threads = read.Int("threads", defaults.Threads),
        };
        read.RejectUnknown();
        Options.Validate();
        read.Resolve("max_depth", Options.EffectiveMaxDepth);
        read.Resolve("max_leaves", Options.EffectiveMaxLeaves);
        read.Resolve("threads", Options.EffectiveThreads);
        Parameters = read.Effective;
    }

    /// <summary>Gets the parsed options.</summary>
    public GbdtOptions Options { get; }

    /// <inheritdoc />
    public string Name => "gbdt";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <inheritdoc />
    public LearnerResult Fit(TrainingSet train, TrainingSet? validation = null, IProgress<BoostingProgress>? progress = null, CancellationToken ct = default)
    {
        var result = GbdtTrainer.Train(train, Options, validation, progress, ct);
        var predictor = new TreeEnsemblePredictor(result.Ensemble, train.Task, train.Features.Features);
        return new LearnerResult(predictor, result.History, result.BestIteration, ImportanceCalculator.Gain(result.Ensemble, train.Features.Features));
    }
}

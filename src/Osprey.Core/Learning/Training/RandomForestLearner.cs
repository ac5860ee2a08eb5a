using System.Globalization;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Forest;

namespace Osprey.Core.Learning.Training;

/// <summary>The random forest learner, configured from text parameters (see docs/learning.md for names and defaults).</summary>
public sealed class RandomForestLearner : ILearner
{
    private readonly Dictionary<string, string> _parameters;

    /// <summary>Creates the learner from parameters such as <c>trees</c>, <c>max_depth</c>, <c>max_features</c>; throws for unknown names or bad values.</summary>
    public RandomForestLearner(IReadOnlyDictionary<string, string>? parameters = null)
    {
        var read = new ParameterReader(Name, parameters);
        var defaults = new RandomForestOptions();
        Options = new RandomForestOptions
        {
            Trees = read.Int("trees", defaults.Trees),
            MaxDepth = read.Int("max_depth", defaults.MaxDepth),
            MinSamplesLeaf = read.Int("min_samples_leaf", defaults.MinSamplesLeaf),
            MaxFeatures = read.OptionalDouble("max_features", null),
            Bootstrap = read.Bool("bootstrap", defaults.Bootstrap),
            MaxBins = read.Int("max_bins", defaults.MaxBins),
            BalancedClassWeights = read.Bool("balanced_class_weights", false),
            Seed = read.Long("seed", defaults.Seed),
            Threads = read.Int("threads", defaults.Threads),
        };
        read.RejectUnknown();
        Options.Validate();
        read.Resolve("threads", Options.Threads > 0 ? Options.Threads : Environment.ProcessorCount);
        if (Options.MaxFeatures is null)
        {
            read.Defer("max_features");
        }
        _parameters = new Dictionary<string, string>(read.Effective, StringComparer.Ordinal);
    }

    /// <summary>Gets the parsed options.</summary>
    public RandomForestOptions Options { get; }

    /// <inheritdoc />
    public string Name => "random_forest";

    /// <inheritdoc />
    /// <remarks>The default <c>max_features</c> depends on the task and the feature count, so it appears once <see cref="Fit"/> has run.</remarks>
    public IReadOnlyDictionary<string, string> Parameters => _parameters;

    /// <inheritdoc />
    public LearnerResult Fit(TrainingSet train, TrainingSet? validation = null, IProgress<BoostingProgress>? progress = null, CancellationToken ct = default)
    {
        var ensemble = RandomForestTrainer.Train(train, Options, ct);
        _parameters["max_features"] = RandomForestTrainer.FeatureFraction(train, Options).ToString("R", CultureInfo.InvariantCulture);
        var predictor = new TreeEnsemblePredictor(ensemble, train.Task, train.Features.Features);
        return new LearnerResult(predictor, [], null, ImportanceCalculator.Gain(ensemble, train.Features.Features));
    }
}

using Osprey.Core.Learning.Boosting;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Linear;

namespace Osprey.Core.Learning.Training;

/// <summary>Logistic regression (classification) or linear ridge regression, configured from text parameters: l2, max_iterations, tolerance, balanced_class_weights, threads.</summary>
public sealed class LinearLearner : ILearner
{
    /// <summary>Creates logistic regression when <paramref name="logistic"/> is true, otherwise linear regression.</summary>
    public LinearLearner(bool logistic, IReadOnlyDictionary<string, string>? parameters = null)
    {
        Logistic = logistic;
        var read = new ParameterReader(Name, parameters);
        var defaults = new LinearOptions();
        Options = new LinearOptions
        {
            L2 = read.Double("l2", defaults.L2),
            MaxIterations = read.Int("max_iterations", defaults.MaxIterations),
            Tolerance = read.Double("tolerance", defaults.Tolerance),
            BalancedClassWeights = read.Bool("balanced_class_weights", false),
            Threads = read.Int("threads", defaults.Threads),
        };
        read.RejectUnknown();
        Options.Validate();
        read.Resolve("threads", Options.Parallel.MaxDegreeOfParallelism);
        Parameters = read.Effective;
    }

    /// <summary>Gets whether this is logistic regression.</summary>
    public bool Logistic { get; }

    /// <summary>Gets the parsed options.</summary>
    public LinearOptions Options { get; }

    /// <inheritdoc />
    public string Name => Logistic ? "logistic_regression" : "linear_regression";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <inheritdoc />
    public LearnerResult Fit(TrainingSet train, TrainingSet? validation = null, IProgress<BoostingProgress>? progress = null, CancellationToken ct = default)
    {
        var predictor = Logistic ? LogisticRegressionTrainer.Train(train, Options, ct) : LinearRegressionTrainer.Train(train, Options, ct);
        return new LearnerResult(predictor, [], null, WeightImportance(predictor));
    }

    /// <summary>Ranks features by the largest absolute standardised weight among their design columns.</summary>
    private static FeatureImportance[] WeightImportance(LinearPredictor predictor)
    {
        var (offsets, width) = predictor.Layout.Columns();
        var features = predictor.Layout.Features;
        var scores = new double[features.Count];
        for (var f = 0; f < features.Count; f++)
        {
            var end = f + 1 < features.Count ? offsets[f + 1] : width;
            foreach (var weights in predictor.Weights)
            {
                for (var j = offsets[f]; j < end; j++)
                {
                    scores[f] = Math.Max(scores[f], Math.Abs(weights[j]));
                }
            }
        }
        var total = scores.Sum();
        return Enumerable.Range(0, features.Count)
            .Select(f => new FeatureImportance(features[f].Name, scores[f], total > 0 ? scores[f] / total : 0))
            .OrderByDescending(i => i.Score).ToArray();
    }
}

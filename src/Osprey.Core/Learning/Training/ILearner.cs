using Osprey.Core.Learning.Boosting;

namespace Osprey.Core.Learning.Training;

/// <summary>A configured learning algorithm that fits a predictor to a training set.</summary>
public interface ILearner
{
    /// <summary>Gets the learner's name as model files and the CLI spell it: gbdt, random_forest, logistic_regression, linear_regression.</summary>
    string Name { get; }

    /// <summary>Gets every effective setting (defaults included) by its parameter name, for logging.</summary>
    IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>
    /// Fits a predictor; learners that support it use <paramref name="validation"/> for early stopping and report progress. Throws
    /// <see cref="OperationCanceledException"/> when <paramref name="ct"/> is cancelled, checked between iterations (trees, solver steps).
    /// </summary>
    LearnerResult Fit(TrainingSet train, TrainingSet? validation = null, IProgress<BoostingProgress>? progress = null, CancellationToken ct = default);
}

using Osprey.Core.Data;
using Osprey.Core.Learning.Trees;

namespace Osprey.Core.Learning.Boosting;

/// <summary>Trains histogram gradient-boosted trees (binary logistic, multiclass softmax, squared error).</summary>
public static class GbdtTrainer
{
    /// <summary>
    /// Trains on <paramref name="train"/>; with <paramref name="validation"/>, reports its loss each iteration and stops early when it stops
    /// improving. Throws <see cref="OperationCanceledException"/> at the next iteration once <paramref name="ct"/> is cancelled.
    /// </summary>
    public static BoostingResult Train(TrainingSet train, GbdtOptions options, TrainingSet? validation = null, IProgress<BoostingProgress>? progress = null, CancellationToken ct = default)
    {
        options.Validate();
        train.Validate();
        validation?.Validate("validation");
        var threads = options.EffectiveThreads;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var objective = CreateObjective(train);
        var weights = RowWeights(train, options);
        var layout = BinLayout.Fit(train.Features, options.MaxBins, options.BinSampleRows, options.Seed, parallel);
        var binned = BinnedMatrix.Create(layout, train.Features, parallel);
        var session = new BoostingSession(binned, train.Labels, weights, objective, options, parallel, threads);
        var validationScores = validation is null ? null : new ValidationScores(
            BinnedMatrix.Create(layout, validation.Features, parallel), validation, objective, session.BaseScores, parallel);
        var history = new List<BoostingProgress>();
        var best = (Iteration: 0, Loss: double.PositiveInfinity);
        for (var iteration = 1; iteration <= options.Trees; iteration++)
        {
            ct.ThrowIfCancellationRequested();
            var trees = session.Iterate(iteration);
            validationScores?.Add(trees);
            var loss = validationScores?.Loss();
            var report = new BoostingProgress(iteration, options.Trees, objective.LossName, loss);
            history.Add(report);
            progress?.Report(report);
            if (loss is { } value && value < best.Loss - 1e-12)
            {
                best = (iteration, value);
            }
            if (validationScores is not null && options.EarlyStoppingRounds > 0 && iteration - best.Iteration >= options.EarlyStoppingRounds)
            {
                break;
            }
        }
        var kept = validationScores is null ? history.Count : Math.Max(best.Iteration, 1);
        var ensemble = session.ToEnsemble().Truncate(kept * objective.OutputCount);
        return new BoostingResult(ensemble, history, kept, objective.LossName);
    }

    private static IObjective CreateObjective(TrainingSet train) => train.Task switch
    {
        LearningTask.BinaryClassification => new LogisticObjective(),
        LearningTask.MulticlassClassification => new SoftmaxObjective(train.ClassCount),
        _ => new SquaredErrorObjective(),
    };

    /// <summary>Returns row weights with class weights (explicit or balanced) multiplied in.</summary>
    internal static double[] RowWeights(TrainingSet train, GbdtOptions options) =>
        ClassWeighting.RowWeights(train, options.BalancedClassWeights, options.ClassWeights);

    internal static SeededRandom RandomFor(long seed, int iteration) => SeededRandom.ForStream(seed, iteration);
}

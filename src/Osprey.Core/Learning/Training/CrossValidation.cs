using Osprey.Core.Data;
using Osprey.Core.Learning.Evaluation;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Learning.Training;

/// <summary>k-fold cross-validation: each fold is held out once while a fresh learner trains on the others.</summary>
public static class CrossValidation
{
    /// <summary>Cross-validates the request's learner on a table; folds are stratified on the target for classification. Category lists come from the whole table.</summary>
    public static CrossValidationResult Run(Table table, TrainingRequest request, int folds = 5, long seed = 42)
    {
        var targetColumn = table[request.Target];
        var target = TargetEncoding.Fit(targetColumn, request.Task);
        var labels = target.Encode(targetColumn);
        var kept = Enumerable.Range(0, labels.Length).Where(r => !double.IsNaN(labels[r])).ToArray();
        var usable = table.Take(kept);
        var encoder = FeatureEncoder.Fit(usable, request.Target, request.Exclude, request.MissingTokens);
        var data = new TrainingSet(encoder.Transform(usable, out _), kept.Select(r => labels[r]).ToArray(), target.Task, target.ClassCount);
        return Run(data, () => LearnerCatalog.Create(request.Learner, request.Parameters), folds, seed, request.Threshold);
    }

    /// <summary>Cross-validates on an encoded training set with learners from <paramref name="createLearner"/>.</summary>
    public static CrossValidationResult Run(TrainingSet data, Func<ILearner> createLearner, int folds = 5, long seed = 42, double threshold = 0.5)
    {
        if (folds < 2 || folds > data.Labels.Length)
        {
            throw OspreyException.Invalid($"Cross-validation needs between 2 and {data.Labels.Length} folds, got {folds}.");
        }
        var assignment = AssignFolds(data, folds, seed);
        var results = new List<IReadOnlyDictionary<string, double>>();
        for (var fold = 0; fold < folds; fold++)
        {
            var trainRows = Enumerable.Range(0, assignment.Length).Where(r => assignment[r] != fold).ToArray();
            var testRows = Enumerable.Range(0, assignment.Length).Where(r => assignment[r] == fold).ToArray();
            var train = Subset(data, trainRows);
            var test = Subset(data, testRows);
            var fitted = createLearner().Fit(train);
            var report = Evaluator.Evaluate(data.Task, test.Labels, fitted.Predictor.Predict(test.Features), data.ClassCount, threshold);
            results.Add(report.Metrics);
        }
        var names = results.Select(r => r.Keys).Aggregate((a, b) => a.Intersect(b, StringComparer.Ordinal)).ToArray();
        var mean = names.ToDictionary(n => n, n => results.Average(r => r[n]), StringComparer.Ordinal);
        var deviation = names.ToDictionary(n => n, n => Math.Sqrt(results.Average(r => (r[n] - mean[n]) * (r[n] - mean[n]))), StringComparer.Ordinal);
        return new CrossValidationResult(results, mean, deviation);
    }

    private static int[] AssignFolds(TrainingSet data, int folds, long seed)
    {
        var random = new SeededRandom(seed);
        var assignment = new int[data.Labels.Length];
        var groups = data.Task == LearningTask.Regression
            ? [Enumerable.Range(0, assignment.Length).ToArray()]
            : Enumerable.Range(0, assignment.Length).GroupBy(r => data.Labels[r]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        var next = 0;
        foreach (var group in groups)
        {
            random.Shuffle(group.AsSpan());
            // Dealing each class round-robin (continuing where the last class stopped) keeps fold sizes and class shares even.
            foreach (var row in group)
            {
                assignment[row] = next;
                next = (next + 1) % folds;
            }
        }
        return assignment;
    }

    private static TrainingSet Subset(TrainingSet data, int[] rows) =>
        new(data.Features.Take(rows), rows.Select(r => data.Labels[r]).ToArray(), data.Task, data.ClassCount, data.Weights is null ? null : rows.Select(r => data.Weights[r]).ToArray());
}

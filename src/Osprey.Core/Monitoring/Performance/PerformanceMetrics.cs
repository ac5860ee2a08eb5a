using System.Globalization;
using Osprey.Core.Learning.Evaluation;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>Scores labelled predictions with the evaluation metrics training uses: accuracy, precision, recall, F1 and ROC AUC for classifiers,
/// RMSE, MAE and R² for regression.</summary>
/// <remarks>Multiclass precision, recall and F1 are macro averages and ROC AUC is one-vs-rest; a metric that is undefined on the rows
/// (ROC AUC with one class present, R² of a constant truth) is left out rather than reported as a number.</remarks>
public static class PerformanceMetrics
{
    /// <summary>The metric names a report holds and a threshold may name.</summary>
    public static readonly IReadOnlyList<string> Known = ["accuracy", "precision", "recall", "f1", "roc_auc", "rmse", "mae", "r2"];

    /// <summary>Returns the metrics of labelled samples (those with <see cref="PerformanceSample.Actual"/>); empty when there are none.</summary>
    public static IReadOnlyDictionary<string, double> Compute(PerformanceTask task, IReadOnlyList<PerformanceSample> labelled) =>
        labelled.Count == 0 ? new Dictionary<string, double>(StringComparer.Ordinal) : task.Kind switch
        {
            PerformanceKind.Binary => Binary(labelled, task.PositiveClass),
            PerformanceKind.Multiclass => Multiclass(labelled),
            _ => Regression(labelled),
        };

    /// <summary>Returns whether a regression sample's ground truth and prediction are both numbers (others cannot be scored).</summary>
    public static bool IsScorableRegression(PerformanceSample sample) =>
        sample.Actual is { } actual && double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        && sample.Outputs.ContainsKey(PerformanceTask.PredictionOutput);

    private static Dictionary<string, double> Binary(IReadOnlyList<PerformanceSample> rows, string? positive)
    {
        var actual = rows.Select(r => string.Equals(r.Actual, positive, StringComparison.Ordinal) ? 1 : 0).ToArray();
        var predicted = rows.Select(r => string.Equals(r.Predicted, positive, StringComparison.Ordinal) ? 1 : 0).ToArray();
        var metrics = Classification(actual, predicted, Averaging.Binary);
        var scored = rows.Select((r, i) => (Index: i, Score: r.Outputs.GetValueOrDefault(PerformanceTask.ProbabilityOutput, double.NaN)))
            .Where(s => !double.IsNaN(s.Score)).ToList();
        var scoredActual = scored.Select(s => actual[s.Index]).ToArray();
        if (scoredActual.Contains(0) && scoredActual.Contains(1))
        {
            metrics["roc_auc"] = ScoreMetrics.RocAuc(scoredActual, scored.Select(s => s.Score).ToArray());
        }
        return metrics;
    }

    private static Dictionary<string, double> Multiclass(IReadOnlyList<PerformanceSample> rows)
    {
        var classes = rows.SelectMany(r => new[] { r.Actual, r.Predicted }).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var actual = rows.Select(r => index[r.Actual!]).ToArray();
        var predicted = rows.Select(r => r.Predicted is { } p ? index[p] : -1).ToArray();
        var metrics = Classification(actual, predicted, Averaging.Macro);
        var keys = classes.Select(c => PerformanceTask.ClassProbabilityPrefix + c).ToArray();
        if (classes.Count > 2 && rows.All(r => keys.All(r.Outputs.ContainsKey)) && Enumerable.Range(0, classes.Count).All(actual.Contains))
        {
            var probabilities = rows.SelectMany(r => keys.Select(k => r.Outputs[k])).ToArray();
            metrics["roc_auc"] = ScoreMetrics.RocAucOneVsRest(actual, probabilities, classes.Count);
        }
        return metrics;
    }

    private static Dictionary<string, double> Classification(int[] actual, int[] predicted, Averaging average) => new(StringComparer.Ordinal)
    {
        ["accuracy"] = ClassificationMetrics.Accuracy(actual, predicted),
        ["precision"] = ClassificationMetrics.Precision(actual, predicted, average),
        ["recall"] = ClassificationMetrics.Recall(actual, predicted, average),
        ["f1"] = ClassificationMetrics.F1(actual, predicted, average),
    };

    private static Dictionary<string, double> Regression(IReadOnlyList<PerformanceSample> rows)
    {
        var scorable = rows.Where(IsScorableRegression).ToList();
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        if (scorable.Count == 0)
        {
            return metrics;
        }
        var actual = scorable.Select(r => double.Parse(r.Actual!, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        var predicted = scorable.Select(r => r.Outputs[PerformanceTask.PredictionOutput]).ToArray();
        metrics["rmse"] = RegressionMetrics.Rmse(actual, predicted);
        metrics["mae"] = RegressionMetrics.Mae(actual, predicted);
        var r2 = RegressionMetrics.R2(actual, predicted);
        if (double.IsFinite(r2))
        {
            metrics["r2"] = r2;
        }
        return metrics;
    }
}

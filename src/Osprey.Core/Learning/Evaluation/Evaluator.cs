namespace Osprey.Core.Learning.Evaluation;

/// <summary>Computes the standard metrics of a task from labels and row-major predictions.</summary>
public static class Evaluator
{
    /// <summary>Returns binary metrics (at <paramref name="threshold"/>), multiclass metrics or regression metrics; ranking metrics are left out when only one class is present.</summary>
    public static EvaluationReport Evaluate(LearningTask task, ReadOnlySpan<double> labels, ReadOnlySpan<double> predictions, int classCount, double threshold = 0.5) =>
        task switch
        {
            LearningTask.BinaryClassification => Binary(ToClasses(labels), predictions, threshold),
            LearningTask.MulticlassClassification => Multiclass(ToClasses(labels), predictions, classCount),
            _ => Regression(labels, predictions),
        };

    private static EvaluationReport Binary(int[] actual, ReadOnlySpan<double> scores, double threshold)
    {
        var predicted = ClassificationMetrics.Threshold(scores, threshold);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["accuracy"] = ClassificationMetrics.Accuracy(actual, predicted),
            ["precision"] = ClassificationMetrics.Precision(actual, predicted),
            ["recall"] = ClassificationMetrics.Recall(actual, predicted),
            ["f1"] = ClassificationMetrics.F1(actual, predicted),
            ["log_loss"] = ScoreMetrics.LogLoss(actual, scores),
            ["brier"] = ScoreMetrics.Brier(actual, scores),
        };
        ThresholdChoice? best = null;
        if (actual.Contains(1) && actual.Contains(0))
        {
            metrics["roc_auc"] = ScoreMetrics.RocAuc(actual, scores);
            metrics["pr_auc"] = ScoreMetrics.AveragePrecision(actual, scores);
            best = ScoreMetrics.BestF1Threshold(actual, scores);
            metrics["best_f1"] = best.F1;
            metrics["best_f1_threshold"] = best.Threshold;
        }
        var confusion = ClassificationMetrics.ConfusionMatrix(actual, predicted, 2);
        return new EvaluationReport(metrics, confusion, best);
    }

    private static EvaluationReport Multiclass(int[] actual, ReadOnlySpan<double> probabilities, int classCount)
    {
        var predicted = ClassificationMetrics.ArgMax(probabilities, classCount);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["accuracy"] = ClassificationMetrics.Accuracy(actual, predicted),
            ["precision_macro"] = ClassificationMetrics.Precision(actual, predicted, Averaging.Macro),
            ["recall_macro"] = ClassificationMetrics.Recall(actual, predicted, Averaging.Macro),
            ["f1_macro"] = ClassificationMetrics.F1(actual, predicted, Averaging.Macro),
            ["f1_weighted"] = ClassificationMetrics.F1(actual, predicted, Averaging.Weighted),
            ["log_loss"] = ScoreMetrics.LogLoss(actual, probabilities, classCount),
        };
        if (Enumerable.Range(0, classCount).All(c => actual.Contains(c)))
        {
            metrics["roc_auc_ovr"] = ScoreMetrics.RocAucOneVsRest(actual, probabilities, classCount);
        }
        return new EvaluationReport(metrics, ClassificationMetrics.ConfusionMatrix(actual, predicted, classCount), null);
    }

    private static EvaluationReport Regression(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["rmse"] = RegressionMetrics.Rmse(actual, predicted),
            ["mae"] = RegressionMetrics.Mae(actual, predicted),
            ["r2"] = RegressionMetrics.R2(actual, predicted),
            ["mape"] = RegressionMetrics.Mape(actual, predicted),
        };
        return new EvaluationReport(metrics, null, null);
    }

    private static int[] ToClasses(ReadOnlySpan<double> labels)
    {
        var classes = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            classes[i] = (int)labels[i];
        }
        return classes;
    }
}

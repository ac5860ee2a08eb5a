namespace Osprey.Core.Learning.Evaluation;

/// <summary>Metrics of predictions against actual labels, by name (such as <c>roc_auc</c>), with the confusion matrix and F1-optimal threshold for classification.</summary>
public sealed record EvaluationReport(
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyList<IReadOnlyList<long>>? Confusion,
    ThresholdChoice? BestThreshold);

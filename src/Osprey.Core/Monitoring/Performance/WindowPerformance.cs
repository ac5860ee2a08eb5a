namespace Osprey.Core.Monitoring.Performance;

/// <summary>One version's performance in one time bucket [Start, End) (Unix milliseconds): how many predictions, how many labelled so far,
/// the metrics of the labelled ones and the share of each predicted class among all of them.</summary>
public sealed record WindowPerformance(
    long Start,
    long End,
    int Predictions,
    int Labelled,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, double> PredictionShares)
{
    /// <summary>Gets how many predictions in the bucket still wait for their ground truth.</summary>
    public int Unlabelled => Predictions - Labelled;
}

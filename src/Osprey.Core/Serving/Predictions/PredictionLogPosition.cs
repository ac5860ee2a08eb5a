namespace Osprey.Core.Serving.Predictions;

/// <summary>Where a logged prediction sits in the log's reading order: the stored batch (by its earliest time, then its id) and the row within it.</summary>
/// <remarks>Readers page with it (<see cref="PredictionLogQuery.After"/>), so any number of predictions sharing one timestamp reads without loss or repeats.</remarks>
public readonly record struct PredictionLogPosition(long BatchTime, long Batch, int Index)
{
    /// <summary>Returns whether this position comes after <paramref name="other"/> in reading order.</summary>
    public bool IsAfter(PredictionLogPosition other) =>
        BatchTime != other.BatchTime ? BatchTime > other.BatchTime
        : Batch != other.Batch ? Batch > other.Batch
        : Index > other.Index;
}

namespace Osprey.Core.Learning.Jobs;

/// <summary>What batch scoring wrote: the model, the rows, the output columns, the time taken and the unknown categories met per column.</summary>
public sealed record BatchScoringResult(
    LoadedModel Model,
    long Rows,
    IReadOnlyList<string> Columns,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, int> UnknownCategories)
{
    /// <summary>Gets the rows scored per second (0 when no time passed measurably).</summary>
    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;
}

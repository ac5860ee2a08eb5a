namespace Osprey.Core.Monitoring.Series;

/// <summary>The workspace's time-series metrics: what checks, monitors and serving record, and what alert rules and charts read.</summary>
public interface ISeriesStore
{
    /// <summary>Appends samples in one transaction (all or none).</summary>
    Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct);

    /// <summary>Reads the samples a query selects, ordered by series (labels) then time.</summary>
    Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct);

    /// <summary>Lists the distinct series names recorded, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct);

    /// <summary>Deletes samples older than a Unix-millisecond time; returns how many went.</summary>
    Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct);
}

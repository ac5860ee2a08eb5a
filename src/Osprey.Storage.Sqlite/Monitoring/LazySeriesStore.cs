using Osprey.Core.Monitoring.Series;

namespace Osprey.Storage.Sqlite.Monitoring;

/// <summary>The series store of a worker's workspace, opened on first use, so tasks that record nothing never open the database.</summary>
public sealed class LazySeriesStore(SqliteMonitoringStores stores) : ISeriesStore
{
    /// <inheritdoc/>
    public async Task AppendAsync(IReadOnlyList<SeriesPoint> points, CancellationToken ct) =>
        await (await stores.GetAsync(ct)).Series.AppendAsync(points, ct);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SeriesPoint>> QueryAsync(SeriesQuery query, CancellationToken ct) =>
        await (await stores.GetAsync(ct)).Series.QueryAsync(query, ct);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListNamesAsync(CancellationToken ct) =>
        await (await stores.GetAsync(ct)).Series.ListNamesAsync(ct);

    /// <inheritdoc/>
    public async Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) =>
        await (await stores.GetAsync(ct)).Series.DeleteBeforeAsync(timestamp, ct);
}

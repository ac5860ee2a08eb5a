using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Connections;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Runs, metric history, latest metrics, params, tags and inputs in the workspace database.</summary>
internal sealed class SqliteRunStore(SqliteWriter writer, SqliteReaderPool readers) : IRunStore
{
    private readonly RunBatchWriter _batches = new(writer.Session);

    /// <inheritdoc/>
    public Task<Run> CreateAsync(NewRun run, CancellationToken ct) =>
        writer.WriteAsync(session => RunWrites.Create(session, run), ct);

    /// <inheritdoc/>
    public Task<Run> GetAsync(RunId id, CancellationToken ct) =>
        readers.ReadAsync(session => RunLoader.Load(session, [RunRows.Find(session, id).Pk])[0], ct);

    /// <inheritdoc/>
    public Task<RunInfo> UpdateAsync(RunId id, RunUpdate update, CancellationToken ct) =>
        writer.WriteAsync(session => RunWrites.Update(session, id, update), ct);

    /// <inheritdoc/>
    public Task SetLifecycleStageAsync(RunId id, LifecycleStage stage, CancellationToken ct) =>
        writer.WriteAsync(session => RunWrites.SetLifecycleStage(session, id, stage), ct);

    /// <inheritdoc/>
    public Task LogBatchAsync(RunId id, RunBatch batch, CancellationToken ct) =>
        writer.WriteAsync(_ => _batches.Log(id, batch), ct);

    /// <inheritdoc/>
    public Task DeleteTagAsync(RunId id, string key, CancellationToken ct) =>
        writer.WriteAsync(session => RunWrites.DeleteTag(session, id, key), ct);

    /// <inheritdoc/>
    public Task LogInputsAsync(RunId id, IReadOnlyList<DatasetInput> inputs, CancellationToken ct) =>
        writer.WriteAsync(session => RunWrites.LogInputs(session, id, inputs), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(RunId id, string key, int maxResults, int offset, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<Metric>>(session => RunSearch.History(session, RunRows.Find(session, id).Pk, key, maxResults, offset), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Run>> SearchAsync(RunSearchQuery query, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<Run>>(session => RunSearch.Search(session, query), ct);

    /// <inheritdoc/>
    public Task<long> CountAsync(RunSearchQuery query, CancellationToken ct) =>
        readers.ReadAsync(session => RunSearch.Count(session, query), ct);
}

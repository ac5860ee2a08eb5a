using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Storage.Sqlite.Connections;

namespace Osprey.Storage.Sqlite.LoggedModels;

/// <summary>Logged models, their tags, params and linked metrics, and run outputs in the workspace database.</summary>
internal sealed class SqliteLoggedModelStore(SqliteWriter writer, SqliteReaderPool readers) : ILoggedModelStore
{
    /// <inheritdoc/>
    public Task<LoggedModel> CreateAsync(NewLoggedModel model, CancellationToken ct) =>
        writer.WriteAsync(session => LoggedModelWrites.Create(session, model), ct);

    /// <inheritdoc/>
    public Task<LoggedModel> GetAsync(LoggedModelId id, CancellationToken ct) =>
        readers.ReadAsync(session => LoggedModelRows.Get(session, id), ct);

    /// <inheritdoc/>
    public Task<LoggedModel> FinalizeAsync(LoggedModelId id, LoggedModelStatus status, long now, CancellationToken ct) =>
        writer.WriteAsync(session => LoggedModelWrites.Finalize(session, id, status, now), ct);

    /// <inheritdoc/>
    public Task DeleteAsync(LoggedModelId id, long now, CancellationToken ct) =>
        writer.WriteAsync(session => LoggedModelWrites.Delete(session, id, now), ct);

    /// <inheritdoc/>
    public Task SetTagsAsync(LoggedModelId id, IReadOnlyList<Tag> tags, long now, CancellationToken ct) =>
        writer.WriteAsync(session => LoggedModelWrites.SetTags(session, id, tags, now), ct);

    /// <inheritdoc/>
    public Task DeleteTagAsync(LoggedModelId id, string key, long now, CancellationToken ct) =>
        writer.WriteAsync(session => LoggedModelWrites.DeleteTag(session, id, key, now), ct);

    /// <inheritdoc/>
    public Task LogParamsAsync(LoggedModelId id, IReadOnlyList<Param> parameters, long now, CancellationToken ct) =>
        writer.WriteAsync(session => LoggedModelWrites.LogParams(session, id, parameters, now), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Metric>> LinkMetricsAsync(RunId run, IReadOnlyList<LoggedModelMetric> metrics, CancellationToken ct) =>
        writer.WriteAsync<IReadOnlyList<Metric>>(session => LoggedModelLinks.LinkMetrics(session, run, metrics), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<LoggedModel>> SearchAsync(LoggedModelSearchQuery query, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<LoggedModel>>(session => LoggedModelSearch.Search(session, query), ct);

    /// <inheritdoc/>
    public Task LogOutputsAsync(RunId run, IReadOnlyList<ModelOutput> outputs, CancellationToken ct) =>
        writer.WriteAsync(session => LoggedModelLinks.LogOutputs(session, run, outputs), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ModelOutput>> GetRunOutputsAsync(RunId run, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<ModelOutput>>(session => LoggedModelLinks.RunOutputs(session, run), ct);
}

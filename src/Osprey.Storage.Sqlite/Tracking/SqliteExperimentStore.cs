using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Search;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Experiments and their tags in the workspace database.</summary>
internal sealed class SqliteExperimentStore(SqliteWriter writer, SqliteReaderPool readers) : IExperimentStore
{
    private static readonly EntitySearchSchema Schema = new(
        "Experiments",
        new Dictionary<string, AttributeColumn>(StringComparer.Ordinal)
        {
            ["experiment_id"] = new("e.experiment_id", Numeric: true),
            ["name"] = new("e.name", Numeric: false),
            ["creation_time"] = new("e.creation_time", Numeric: true),
            ["last_update_time"] = new("e.last_update_time", Numeric: true),
        },
        "experiment_tags",
        "{0}.experiment_id = e.experiment_id");

    /// <inheritdoc/>
    public Task<ExperimentId> CreateAsync(string name, string artifactLocation, IReadOnlyList<Tag> tags, long now, CancellationToken ct) =>
        writer.WriteAsync(session => ExperimentWrites.Create(session, name, artifactLocation, tags, now), ct);

    /// <inheritdoc/>
    public Task<Experiment> GetAsync(ExperimentId id, CancellationToken ct) =>
        readers.ReadAsync(session => ExperimentRows.Get(session, id), ct);

    /// <inheritdoc/>
    public Task<Experiment?> FindByNameAsync(string name, CancellationToken ct) =>
        readers.ReadAsync(session => ExperimentRows.FindByName(session, name), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Experiment>> SearchAsync(SearchQuery query, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<Experiment>>(session =>
        {
            var parameters = new SqlParameters();
            var sql = SearchStatement.Build(
                Schema,
                parameters,
                $"SELECT {ExperimentRows.Columns} FROM experiments e",
                [TrackingText.ViewCondition(query.ViewType, "e.lifecycle_stage")],
                query.Filter,
                query.OrderBy,
                baseOrder: "e.last_update_time DESC, e.experiment_id ASC",
                query.MaxResults,
                query.Offset);
            return ExperimentRows.WithTags(session, session.Query(sql, ExperimentRows.Map, parameters.Args));
        }, ct);

    /// <inheritdoc/>
    public Task RenameAsync(ExperimentId id, string newName, long now, CancellationToken ct) =>
        writer.WriteAsync(session => ExperimentWrites.Rename(session, id, newName, now), ct);

    /// <inheritdoc/>
    public Task SetLifecycleStageAsync(ExperimentId id, LifecycleStage stage, long now, CancellationToken ct) =>
        writer.WriteAsync(session => ExperimentWrites.SetLifecycleStage(session, id, stage, now), ct);

    /// <inheritdoc/>
    public Task SetTagAsync(ExperimentId id, string key, string? value, long now, CancellationToken ct) =>
        writer.WriteAsync(session => ExperimentWrites.SetTag(session, id, key, value, now), ct);
}

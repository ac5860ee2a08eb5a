using Osprey.Core.Registry;
using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Search;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>Model versions, stages, aliases and their history in the workspace database.</summary>
internal sealed class SqliteModelVersionStore(SqliteWriter writer, SqliteReaderPool readers) : IModelVersionStore
{
    private static readonly EntitySearchSchema Schema = new(
        "Model versions",
        new Dictionary<string, AttributeColumn>(StringComparer.Ordinal)
        {
            ["name"] = new("m.name", Numeric: false),
            ["version_number"] = new("v.version", Numeric: true),
            ["run_id"] = new("v.run_id", Numeric: false, Nullable: true),
            ["source"] = new("v.source", Numeric: false),
            ["source_path"] = new("v.source", Numeric: false),
            ["creation_timestamp"] = new("v.creation_timestamp", Numeric: true),
            ["last_updated_timestamp"] = new("v.last_updated_timestamp", Numeric: true),
            ["current_stage"] = new("v.current_stage", Numeric: false),
            ["user_id"] = new("v.user_id", Numeric: false),
            ["description"] = new("v.description", Numeric: false),
        },
        "model_version_tags",
        "{0}.model_pk = v.model_pk AND {0}.version = v.version");

    /// <inheritdoc/>
    public Task<ModelVersion> CreateAsync(NewModelVersion version, CancellationToken ct) =>
        writer.WriteAsync(session => VersionWrites.Create(session, version), ct);

    /// <inheritdoc/>
    public Task<ModelVersion> GetAsync(string name, int version, CancellationToken ct) =>
        readers.ReadAsync(session => VersionRows.Get(session, ModelRows.Find(session, name) ?? throw VersionRows.NotFound(name, version), version), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ModelVersion>> SearchAsync(SearchQuery query, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<ModelVersion>>(session =>
        {
            var parameters = new SqlParameters();
            var sql = SearchStatement.Build(Schema, parameters, $"SELECT {VersionRows.Columns} {VersionRows.From}", [],
                query.Filter, query.OrderBy, baseOrder: "m.name ASC, v.version DESC", query.MaxResults, query.Offset);
            return VersionRows.Query(session, sql, parameters.Args);
        }, ct);

    /// <inheritdoc/>
    public Task<ModelVersion> UpdateDescriptionAsync(string name, int version, string description, long now, CancellationToken ct) =>
        writer.WriteAsync(session => VersionWrites.UpdateDescription(session, name, version, description, now), ct);

    /// <inheritdoc/>
    public Task DeleteAsync(string name, int version, RegistryChange change, CancellationToken ct) =>
        writer.WriteAsync(session => RegistryMoves.DeleteVersion(session, name, version, change), ct);

    /// <inheritdoc/>
    public Task<ModelVersion> TransitionStageAsync(string name, int version, ModelStage stage, bool archiveExisting, RegistryChange change, CancellationToken ct) =>
        writer.WriteAsync(session => RegistryMoves.Transition(session, name, version, stage, archiveExisting, change), ct);

    /// <inheritdoc/>
    public Task SetTagAsync(string name, int version, string key, string? value, long now, CancellationToken ct) =>
        writer.WriteAsync(session => VersionWrites.SetTag(session, name, version, key, value, now), ct);

    /// <inheritdoc/>
    public Task SetAliasAsync(string name, string alias, int version, RegistryChange change, CancellationToken ct) =>
        writer.WriteAsync(session => RegistryMoves.SetAlias(session, name, alias, version, change), ct);

    /// <inheritdoc/>
    public Task DeleteAliasAsync(string name, string alias, RegistryChange change, CancellationToken ct) =>
        writer.WriteAsync(session => RegistryMoves.DeleteAlias(session, name, alias, change), ct);

    /// <inheritdoc/>
    public Task<ModelVersion> GetByAliasAsync(string name, string alias, CancellationToken ct) =>
        readers.ReadAsync(session => RegistryMoves.ByAlias(session, name, alias), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<RegistryEvent>> GetHistoryAsync(string name, string? target, long? upTo, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<RegistryEvent>>(session => RegistryEvents.History(session, name, target, upTo), ct);
}

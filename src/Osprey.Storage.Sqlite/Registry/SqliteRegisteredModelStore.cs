using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Search;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>Registered models, their tags and aliases in the workspace database.</summary>
internal sealed class SqliteRegisteredModelStore(SqliteWriter writer, SqliteReaderPool readers) : IRegisteredModelStore
{
    private static readonly EntitySearchSchema Schema = new(
        "Registered models",
        new Dictionary<string, AttributeColumn>(StringComparer.Ordinal)
        {
            ["name"] = new("m.name", Numeric: false),
            ["creation_timestamp"] = new("m.creation_timestamp", Numeric: true),
            ["last_updated_timestamp"] = new("m.last_updated_timestamp", Numeric: true),
            ["description"] = new("m.description", Numeric: false),
        },
        "registered_model_tags",
        "{0}.model_pk = m.model_pk");

    /// <inheritdoc/>
    public Task<RegisteredModel> CreateAsync(string name, string description, IReadOnlyList<Tag> tags, long now, CancellationToken ct) =>
        writer.WriteAsync(session => ModelWrites.Create(session, name, description, tags, now), ct);

    /// <inheritdoc/>
    public Task<RegisteredModel> GetAsync(string name, CancellationToken ct) =>
        readers.ReadAsync(session => ModelRows.Get(session, name), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<RegisteredModel>> SearchAsync(SearchQuery query, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<RegisteredModel>>(session =>
        {
            var parameters = new SqlParameters();
            var sql = SearchStatement.Build(Schema, parameters, $"SELECT {ModelRows.Columns} FROM registered_models m", [],
                query.Filter, query.OrderBy, baseOrder: "m.name ASC", query.MaxResults, query.Offset);
            return ModelRows.Load(session, sql, parameters.Args);
        }, ct);

    /// <inheritdoc/>
    public Task<RegisteredModel> RenameAsync(string name, string newName, long now, CancellationToken ct) =>
        writer.WriteAsync(session => ModelWrites.Rename(session, name, newName, now), ct);

    /// <inheritdoc/>
    public Task<RegisteredModel> UpdateDescriptionAsync(string name, string description, long now, CancellationToken ct) =>
        writer.WriteAsync(session => ModelWrites.UpdateDescription(session, name, description, now), ct);

    /// <inheritdoc/>
    public Task DeleteAsync(string name, RegistryChange change, CancellationToken ct) =>
        writer.WriteAsync(session => ModelWrites.Delete(session, name, change), ct);

    /// <inheritdoc/>
    public Task SetTagAsync(string name, string key, string? value, long now, CancellationToken ct) =>
        writer.WriteAsync(session => ModelWrites.SetTag(session, name, key, value, now), ct);
}

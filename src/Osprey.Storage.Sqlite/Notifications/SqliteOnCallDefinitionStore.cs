using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Alerting.Configuration;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Notifications;

/// <summary>On-call definitions created over the API, kept as the text they were sent in.</summary>
internal sealed class SqliteOnCallDefinitionStore(SqliteWriter writer, SqliteReaderPool readers) : IOnCallDefinitionStore
{
    /// <inheritdoc/>
    public Task PutAsync(StoredDefinition definition, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            session.Execute(
                """
                INSERT INTO oncall_definitions (kind, name, text, created_at, updated_at) VALUES ($kind, $name, $text, $at, $at)
                ON CONFLICT (kind, name) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at
                """,
                Arg("$kind", definition.Kind.ToString()), Arg("$name", definition.Name), Arg("$text", definition.Text), Arg("$at", definition.UpdatedAt));
            Bump(session);
        }, ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<StoredDefinition>> ListAsync(CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<StoredDefinition>>(session => session.Query(
            "SELECT kind, name, text, updated_at FROM oncall_definitions ORDER BY kind, created_at, name", Map), ct);

    /// <inheritdoc/>
    public Task DeleteAsync(DefinitionKind kind, string name, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            if (session.Execute("DELETE FROM oncall_definitions WHERE kind = $kind AND name = $name", Arg("$kind", kind.ToString()), Arg("$name", name)) == 0)
            {
                throw OspreyException.NotFound($"No {DefinitionSections.Of(kind)} entry named '{name}' was created over the API.");
            }
            Bump(session);
        }, ct);

    /// <inheritdoc/>
    public Task<long> VersionAsync(CancellationToken ct) =>
        readers.ReadAsync(session => session.ScalarInt64("SELECT definitions_version FROM oncall_cursor WHERE consumer = 'oncall'") ?? 0, ct);

    private static void Bump(SqlSession session) =>
        session.Execute("UPDATE oncall_cursor SET definitions_version = definitions_version + 1 WHERE consumer = 'oncall'");

    private static StoredDefinition Map(SqliteDataReader row) =>
        new(Enum.Parse<DefinitionKind>(row.GetString(0)), row.GetString(1), row.GetString(2), row.GetInt64(3));
}

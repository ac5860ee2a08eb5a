using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Security;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Security;

/// <summary>API token hashes in the workspace database; the token itself is never stored.</summary>
internal sealed class SqliteTokenStore(SqliteWriter writer, SqliteReaderPool readers) : ITokenStore
{
    private const string Columns = "name, hash, created_at, last_used_at";

    /// <inheritdoc/>
    public Task CreateAsync(string name, string hash, long now, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            if (session.ScalarInt64("SELECT 1 FROM api_tokens WHERE name = $name", Arg("$name", name)) is not null)
            {
                throw new OspreyException(ErrorCode.AlreadyExists, $"A token named '{name}' already exists.");
            }
            if (session.ScalarInt64("SELECT 1 FROM api_tokens WHERE hash = $hash", Arg("$hash", hash)) is not null)
            {
                throw new OspreyException(ErrorCode.AlreadyExists, $"Another token already has the hash given for '{name}'.");
            }
            session.Execute("INSERT INTO api_tokens (name, hash, created_at) VALUES ($name, $hash, $now)",
                Arg("$name", name), Arg("$hash", hash), Arg("$now", now));
        }, ct);

    /// <inheritdoc/>
    public Task<ApiToken?> FindByHashAsync(string hash, CancellationToken ct) =>
        readers.ReadAsync(session => session.QueryFirst($"SELECT {Columns} FROM api_tokens WHERE hash = $hash", Map, Arg("$hash", hash)), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<ApiToken>>(session => session.Query($"SELECT {Columns} FROM api_tokens ORDER BY name", Map), ct);

    /// <inheritdoc/>
    public Task RevokeAsync(string name, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            if (session.Execute("DELETE FROM api_tokens WHERE name = $name", Arg("$name", name)) == 0)
            {
                throw OspreyException.NotFound($"Token '{name}' does not exist.");
            }
        }, ct);

    private static ApiToken Map(SqliteDataReader row) =>
        new(row.GetString(0), row.GetString(1), row.GetInt64(2), row.IsDBNull(3) ? null : row.GetInt64(3));
}

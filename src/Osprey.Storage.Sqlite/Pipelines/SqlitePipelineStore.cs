using Osprey.Core;
using Osprey.Core.Pipelines.Definitions;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;
using static Osprey.Storage.Sqlite.Pipelines.PipelineText;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>Registered pipeline sources and pause flags in the workspace database.</summary>
internal sealed class SqlitePipelineStore(SqliteWriter writer, SqliteReaderPool readers) : IPipelineStore
{
    /// <inheritdoc/>
    public Task<IReadOnlyList<PipelineRecord>> ListAsync(CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<PipelineRecord>>(session => session.Query($"SELECT {PipelineRows.Columns} FROM pipelines ORDER BY name", PipelineRows.Map), ct);

    /// <inheritdoc/>
    public Task<PipelineRecord?> FindAsync(string name, CancellationToken ct) =>
        readers.ReadAsync(session => PipelineRows.Find(session, name), ct);

    /// <inheritdoc/>
    public Task SaveSourceAsync(string name, string source, DateTimeOffset now, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            PipelineRows.EnsurePipeline(session, name, now);
            session.Execute("UPDATE pipelines SET source = $source WHERE name = $name", Arg("$name", name), Arg("$source", source));
        }, ct);

    /// <inheritdoc/>
    public Task RemoveSourceAsync(string name, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            if (session.Execute("UPDATE pipelines SET source = NULL WHERE name = $name AND source IS NOT NULL", Arg("$name", name)) == 0)
            {
                throw OspreyException.NotFound($"Pipeline '{name}' is not registered.");
            }
        }, ct);

    /// <inheritdoc/>
    public Task SetPausedAsync(string name, bool paused, DateTimeOffset now, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            PipelineRows.EnsurePipeline(session, name, now);
            session.Execute(
                """
                UPDATE pipelines SET registered_at = CASE WHEN paused = 1 AND $paused = 0 THEN $now ELSE registered_at END, paused = $paused
                WHERE name = $name
                """,
                Arg("$name", name), Arg("$paused", paused ? 1 : 0), Arg("$now", Millis(now)));
        }, ct);
}

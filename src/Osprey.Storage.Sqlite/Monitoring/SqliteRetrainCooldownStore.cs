using Microsoft.Data.Sqlite;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Monitoring;

/// <summary>Retrain cooldowns in <c>retrain_cooldowns</c>; a claim reads and writes inside one writer item, so two claims can never both win.</summary>
internal sealed class SqliteRetrainCooldownStore(SqliteWriter writer, SqliteReaderPool readers) : IRetrainCooldownStore
{
    private const string Select = "SELECT fired_at, run_id, reason FROM retrain_cooldowns WHERE monitor = $monitor AND pipeline = $pipeline";

    /// <inheritdoc/>
    public Task<CooldownClaim> TryClaimAsync(string monitor, string pipeline, long now, long cooldownMs, string reason, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            var last = session.QueryFirst(Select, Map, Arg("$monitor", monitor), Arg("$pipeline", pipeline));
            if (last is not null && now - last.FiredAt < cooldownMs)
            {
                return last with { Claimed = false };
            }
            session.Execute(
                "INSERT INTO retrain_cooldowns (monitor, pipeline, fired_at, run_id, reason) VALUES ($monitor, $pipeline, $now, NULL, $reason) " +
                "ON CONFLICT (monitor, pipeline) DO UPDATE SET fired_at = excluded.fired_at, run_id = NULL, reason = excluded.reason",
                Arg("$monitor", monitor), Arg("$pipeline", pipeline), Arg("$now", now), Arg("$reason", reason));
            return new CooldownClaim(true, now, null, reason);
        }, ct);

    /// <inheritdoc/>
    public Task RecordRunAsync(string monitor, string pipeline, long firedAt, string runId, CancellationToken ct) =>
        writer.WriteAsync(session => session.Execute(
            "UPDATE retrain_cooldowns SET run_id = $run WHERE monitor = $monitor AND pipeline = $pipeline AND fired_at = $fired",
            Arg("$run", runId), Arg("$monitor", monitor), Arg("$pipeline", pipeline), Arg("$fired", firedAt)), ct);

    /// <inheritdoc/>
    public Task ReleaseAsync(string monitor, string pipeline, long firedAt, CancellationToken ct) =>
        writer.WriteAsync(session => session.Execute(
            "DELETE FROM retrain_cooldowns WHERE monitor = $monitor AND pipeline = $pipeline AND fired_at = $fired",
            Arg("$monitor", monitor), Arg("$pipeline", pipeline), Arg("$fired", firedAt)), ct);

    /// <inheritdoc/>
    public Task<CooldownClaim?> GetAsync(string monitor, string pipeline, CancellationToken ct) =>
        readers.ReadAsync(session => session.QueryFirst(Select, Map, Arg("$monitor", monitor), Arg("$pipeline", pipeline)), ct);

    private static CooldownClaim Map(SqliteDataReader row) =>
        new(true, row.GetInt64(0), row.IsDBNull(1) ? null : row.GetString(1), row.GetString(2));
}

using Microsoft.Data.Sqlite;
using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Uptime;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Uptime;

/// <summary>Monitor definitions, states, daily check roll-ups, incidents and pings in the workspace database.</summary>
internal sealed class SqliteUptimeStore(SqliteWriter writer, SqliteReaderPool readers) : IUptimeStore
{
    private const long DayMs = 86_400_000;
    private const string StatusColumns = "monitor, state, since, last_check_at, last_cause, last_ping_at, last_latency_ms";
    private const string IncidentColumns = "incident_id, monitor, started_at, ended_at, cause";

    /// <inheritdoc/>
    public Task SaveAsync(MonitorDefinition monitor, CancellationToken ct)
    {
        var json = MonitorJson.Write(monitor);
        return writer.WriteAsync(session => session.Execute("""
            INSERT INTO uptime_monitors (name, kind, definition, token) VALUES ($name, $kind, $definition, $token)
            ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, definition = excluded.definition, token = excluded.token
            """, Arg("$name", monitor.Name), Arg("$kind", UptimeText.Kind(monitor.Kind)), Arg("$definition", json),
            Arg("$token", monitor.Heartbeat?.Token)), ct);
    }

    /// <inheritdoc/>
    public Task<bool> DeleteAsync(string name, CancellationToken ct) =>
        writer.WriteAsync(session => session.Execute("DELETE FROM uptime_monitors WHERE name = $name", Arg("$name", name)) > 0, ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<MonitorDefinition>> ListAsync(CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<MonitorDefinition>>(session =>
            session.Query("SELECT definition FROM uptime_monitors ORDER BY name", row => MonitorJson.Read(row.GetString(0))), ct);

    /// <inheritdoc/>
    public Task SaveStatusAsync(MonitorStatus status, CancellationToken ct) =>
        writer.WriteAsync(session => session.Execute($"""
            INSERT OR REPLACE INTO uptime_status ({StatusColumns})
            SELECT $monitor, $state, $since, $check, $cause, $ping, $latency WHERE EXISTS (SELECT 1 FROM uptime_monitors WHERE name = $monitor)
            """, Arg("$monitor", status.Monitor), Arg("$state", UptimeText.State(status.State)), Arg("$since", status.Since),
            Arg("$check", status.LastCheckAt), Arg("$cause", status.LastCause), Arg("$ping", status.LastPingAt), Arg("$latency", status.LastLatencyMs)), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<MonitorStatus>> ListStatusesAsync(CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<MonitorStatus>>(session => session.Query($"SELECT {StatusColumns} FROM uptime_status ORDER BY monitor", MapStatus), ct);

    /// <inheritdoc/>
    public Task RecordChecksAsync(IReadOnlyList<CheckSample> samples, CancellationToken ct)
    {
        var days = samples.GroupBy(s => (s.Monitor, Day: s.At - Mod(s.At, DayMs)))
            .Select(g => (g.Key.Monitor, g.Key.Day, Checks: g.Count(), Failures: g.Count(s => !s.Up), Latency: g.Sum(s => s.LatencyMs)))
            .ToList();
        return writer.WriteAsync(session =>
        {
            foreach (var (monitor, day, checks, failures, latency) in days)
            {
                session.Execute("""
                    INSERT INTO uptime_check_days (monitor, day, checks, failures, latency_ms_sum)
                    SELECT $monitor, $day, $checks, $failures, $latency WHERE EXISTS (SELECT 1 FROM uptime_monitors WHERE name = $monitor)
                    ON CONFLICT (monitor, day) DO UPDATE SET checks = checks + excluded.checks, failures = failures + excluded.failures,
                        latency_ms_sum = latency_ms_sum + excluded.latency_ms_sum
                    """, Arg("$monitor", monitor), Arg("$day", day), Arg("$checks", checks), Arg("$failures", failures), Arg("$latency", latency));
            }
        }, ct);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<CheckDay>> ListCheckDaysAsync(string monitor, long from, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<CheckDay>>(session => session.Query(
            "SELECT monitor, day, checks, failures, latency_ms_sum FROM uptime_check_days WHERE monitor = $monitor AND day >= $from ORDER BY day",
            row => new CheckDay(row.GetString(0), row.GetInt64(1), row.GetInt32(2), row.GetInt32(3), row.GetDouble(4)),
            Arg("$monitor", monitor), Arg("$from", from - Mod(from, DayMs))), ct);

    /// <inheritdoc/>
    public Task<long> OpenIncidentAsync(string monitor, long start, string cause, CancellationToken ct) =>
        writer.WriteAsync(session =>
            session.ScalarInt64("SELECT incident_id FROM uptime_incidents WHERE monitor = $monitor AND ended_at IS NULL", Arg("$monitor", monitor))
            ?? session.ScalarInt64("INSERT INTO uptime_incidents (monitor, started_at, cause) VALUES ($monitor, $start, $cause) RETURNING incident_id",
                Arg("$monitor", monitor), Arg("$start", start), Arg("$cause", cause))!.Value, ct);

    /// <inheritdoc/>
    public Task<bool> CloseIncidentAsync(string monitor, long end, CancellationToken ct) =>
        writer.WriteAsync(session => session.Execute(
            "UPDATE uptime_incidents SET ended_at = MAX($end, started_at) WHERE monitor = $monitor AND ended_at IS NULL",
            Arg("$monitor", monitor), Arg("$end", end)) > 0, ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<Incident>> ListIncidentsAsync(string? monitor, long since, int limit, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<Incident>>(session => session.Query($"""
            SELECT {IncidentColumns} FROM uptime_incidents
            WHERE ($monitor IS NULL OR monitor = $monitor) AND (ended_at IS NULL OR ended_at >= $since)
            ORDER BY started_at DESC, incident_id DESC LIMIT $limit
            """, row => new Incident(row.GetInt64(0), row.GetString(1), row.GetInt64(2), row.IsDBNull(3) ? null : row.GetInt64(3), row.GetString(4)),
            Arg("$monitor", monitor), Arg("$since", since), Arg("$limit", limit)), ct);

    /// <inheritdoc/>
    public Task RecordPingAsync(PingRecord ping, CancellationToken ct) =>
        writer.WriteAsync(session => session.Execute("""
            INSERT INTO uptime_pings (monitor, at, kind, duration_ms)
            SELECT $monitor, $at, $kind, $duration WHERE EXISTS (SELECT 1 FROM uptime_monitors WHERE name = $monitor)
            """, Arg("$monitor", ping.Monitor), Arg("$at", ping.At), Arg("$kind", UptimeText.Ping(ping.Kind)), Arg("$duration", ping.DurationMs)), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PingRecord>> ListPingsAsync(string monitor, int limit, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<PingRecord>>(session => session.Query(
            "SELECT monitor, at, kind, duration_ms FROM uptime_pings WHERE monitor = $monitor ORDER BY at DESC, ping_id DESC LIMIT $limit",
            row => new PingRecord(row.GetString(0), row.GetInt64(1), UptimeText.ParsePing(row.GetString(2)), row.IsDBNull(3) ? null : row.GetInt64(3)),
            Arg("$monitor", monitor), Arg("$limit", limit)), ct);

    private static MonitorStatus MapStatus(SqliteDataReader row) => new(
        row.GetString(0), UptimeText.ParseState(row.GetString(1)),
        row.IsDBNull(2) ? null : row.GetInt64(2), row.IsDBNull(3) ? null : row.GetInt64(3),
        row.IsDBNull(4) ? null : row.GetString(4), row.IsDBNull(5) ? null : row.GetInt64(5), row.IsDBNull(6) ? null : row.GetDouble(6));

    private static long Mod(long value, long size) => ((value % size) + size) % size;
}

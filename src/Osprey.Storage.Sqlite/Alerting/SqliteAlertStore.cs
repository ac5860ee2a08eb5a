using System.Globalization;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Core.Alerting.Analytics;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Alerting;

/// <summary>Alerts and their event history in the workspace database; every change and its event commit in one write item of the single writer.</summary>
/// <remarks>
/// De-duplication rests on the partial unique index of open aliases: repeats are indexed UPDATEs, folded per alias by
/// <see cref="RepeatCoalescer"/>, and an open that loses a race with another open of the same alias becomes a repeat inside its write item. The earliest snooze end is kept in memory so that ending
/// due snoozes (checked before every feed read) costs no write while nothing is due.
/// </remarks>
internal sealed class SqliteAlertStore(SqliteWriter writer, SqliteReaderPool readers) : IAlertStore
{
    private const long Unknown = long.MinValue;
    private readonly RepeatCoalescer _repeats = new(writer);
    private long _earliestSnoozeEnd = Unknown;

    /// <inheritdoc/>
    public Task<AlertReceipt?> RecordRepeatAsync(string alias, long at, CancellationToken ct) => _repeats.RepeatAsync(alias, at, ct);

    /// <inheritdoc/>
    public Task<AlertReceipt> OpenAsync(NewAlert alert, CancellationToken ct) =>
        writer.WriteAsync(session => AlertWrites.Repeat(session, alert.Alias, alert.At) ?? AlertWrites.Insert(session, alert), ct);

    /// <inheritdoc/>
    public Task<AlertChange> ApplyAsync(string alertId, AlertTransition transition, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            var alert = AlertRows.ById(session, alertId) ?? throw OspreyException.NotFound($"No alert has the id '{alertId}'.");
            var result = AlertLifecycle.Apply(alert, transition);
            if (!result.Recorded)
            {
                return new AlertChange(alert, null);
            }
            AlertWrites.Update(session, alert, result.Next);
            if (result.Next.SnoozedUntil is { } until)
            {
                NoteSnoozeEnd(until);
            }
            var recorded = AlertWrites.Event(session, alert.TinyId, alert.Id, transition.Kind, transition.At, transition.Actor, transition.Note);
            return new AlertChange(result.Next, recorded);
        }, ct);

    /// <inheritdoc/>
    public async Task<int> EndDueSnoozesAsync(long now, CancellationToken ct)
    {
        var earliest = Volatile.Read(ref _earliestSnoozeEnd);
        if (earliest != Unknown && earliest > now)
        {
            return 0;
        }
        return await writer.WriteAsync(session =>
        {
            var due = session.Query("SELECT alert_pk, id, snoozed_until FROM alerts WHERE snoozed_until <= $now AND status = 'open' ORDER BY snoozed_until, alert_pk",
                r => (Pk: r.GetInt64(0), Id: r.GetString(1), Until: r.GetInt64(2)), Arg("$now", now));
            foreach (var (pk, id, until) in due)
            {
                session.Execute("UPDATE alerts SET snoozed_until = NULL WHERE alert_pk = $pk", Arg("$pk", pk));
                AlertWrites.Event(session, pk, id, AlertEventKind.SnoozeEnded, until, null, null);
            }
            var next = session.ScalarInt64("SELECT MIN(snoozed_until) FROM alerts WHERE snoozed_until IS NOT NULL AND status = 'open'");
            Volatile.Write(ref _earliestSnoozeEnd, next ?? long.MaxValue);
            return due.Count;
        }, ct);
    }

    /// <inheritdoc/>
    public Task<Alert?> FindAsync(string identifier, AlertIdentifierType type, CancellationToken ct) =>
        readers.ReadAsync(session => type switch
        {
            AlertIdentifierType.Tiny => long.TryParse(identifier, NumberStyles.None, CultureInfo.InvariantCulture, out var tiny) ? AlertRows.ByTinyId(session, tiny) : null,
            AlertIdentifierType.Alias => AlertRows.ByAlias(session, identifier),
            _ => AlertRows.ById(session, identifier),
        }, ct);

    /// <inheritdoc/>
    public Task<AlertPage> SearchAsync(AlertQuery query, CancellationToken ct) =>
        readers.ReadAsync(session => AlertSearch.Run(session, query), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<AlertEvent>> ReadEventsAfterAsync(long afterSequence, int limit, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<AlertEvent>>(session => session.Query(
            $"SELECT {AlertRows.EventColumns} FROM alert_events e WHERE e.sequence > $after ORDER BY e.sequence LIMIT $limit",
            AlertRows.MapEvent, Arg("$after", afterSequence), Arg("$limit", limit)), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<AlertEvent>> ReadHistoryAsync(string alertId, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<AlertEvent>>(session => session.Query(
            $"SELECT {AlertRows.EventColumns} FROM alert_events e JOIN alerts a ON a.alert_pk = e.alert_pk WHERE a.id = $id ORDER BY e.sequence",
            AlertRows.MapEvent, Arg("$id", alertId)), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<AlertFact>> ReadFactsAsync(long from, long to, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<AlertFact>>(session => session.Query(
            """
            SELECT a.id, a.created_at, a.first_acknowledged_at, a.closed_at, a.team, a.priority, a.entity,
                EXISTS (SELECT 1 FROM alert_events e WHERE e.alert_pk = a.alert_pk AND e.kind = 'Escalated'),
                EXISTS (SELECT 1 FROM alert_tags t WHERE t.alert_pk = a.alert_pk AND t.tag = $noise)
            FROM alerts a WHERE a.created_at >= $from AND a.created_at < $to ORDER BY a.created_at
            """,
            r => new AlertFact(r.GetString(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetInt64(2), r.IsDBNull(3) ? null : r.GetInt64(3),
                r.IsDBNull(4) ? null : r.GetString(4), (AlertPriority)r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt64(7) != 0, r.GetInt64(8) != 0),
            Arg("$from", from), Arg("$to", to), Arg("$noise", AlertNoise.Tag)), ct);

    private void NoteSnoozeEnd(long until)
    {
        var earliest = Volatile.Read(ref _earliestSnoozeEnd);
        if (earliest != Unknown && until < earliest)
        {
            Volatile.Write(ref _earliestSnoozeEnd, until);
        }
    }
}

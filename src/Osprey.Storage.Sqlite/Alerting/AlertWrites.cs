using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Alerting;

/// <summary>The statements that change alerts, each run inside a write item so an alert and its event commit together.</summary>
internal static class AlertWrites
{
    private const string RepeatSql =
        "UPDATE alerts SET count = count + 1, last_occurred_at = MAX(last_occurred_at, $at) WHERE alias = $alias AND status = 'open' RETURNING id, count";

    /// <summary>Counts a repeat of the open alert with an alias, or returns null when none is open.</summary>
    public static AlertReceipt? Repeat(SqlSession session, string alias, long at) =>
        session.QueryFirst(RepeatSql, r => new AlertReceipt(r.GetString(0), true, r.GetInt32(1)), Arg("$alias", alias), Arg("$at", at));

    /// <summary>Inserts a new open alert with its tags and Created event.</summary>
    public static AlertReceipt Insert(SqlSession session, NewAlert alert)
    {
        var r = alert.Request;
        var pk = session.ScalarInt64(
            """
            INSERT INTO alerts (id, alias, message, description, priority, status, count, created_at, last_occurred_at, entity, source, team,
                escalation_policy, tags, details, actions, responders)
            VALUES ($id, $alias, $message, $description, $priority, 'open', 1, $at, $at, $entity, $source, $team, $policy, $tags, $details, $actions, $responders)
            RETURNING alert_pk
            """,
            Arg("$id", alert.Id), Arg("$alias", alert.Alias), Arg("$message", r.Message), Arg("$description", r.Description),
            Arg("$priority", (int)r.Priority), Arg("$at", alert.At), Arg("$entity", r.Entity), Arg("$source", r.Source),
            Arg("$team", alert.Route.Team), Arg("$policy", alert.Route.EscalationPolicy), Arg("$tags", AlertJson.List(r.Tags)),
            Arg("$details", AlertJson.Map(r.Details)), Arg("$actions", AlertJson.List(r.Actions)), Arg("$responders", AlertJson.Responders(r.Responders)))!.Value;
        InsertTags(session, pk, r.Tags ?? []);
        Event(session, pk, alert.Id, AlertEventKind.Created, alert.At, alert.Actor, r.Note);
        return new AlertReceipt(alert.Id, false, 1);
    }

    /// <summary>Stores the mutable fields of an alert's next state.</summary>
    public static void Update(SqlSession session, Alert before, Alert next)
    {
        session.Execute(
            """
            UPDATE alerts SET priority = $priority, status = $status, acknowledged = $acked, acknowledged_by = $ackedBy, acknowledged_at = $ackedAt,
                first_acknowledged_at = $firstAck, snoozed_until = $snoozed, closed_at = $closedAt, closed_by = $closedBy, tags = $tags
            WHERE alert_pk = $pk
            """,
            Arg("$pk", next.TinyId), Arg("$priority", (int)next.Priority), Arg("$status", next.Status == AlertStatus.Open ? "open" : "closed"),
            Arg("$acked", next.Acknowledged ? 1 : 0), Arg("$ackedBy", next.AcknowledgedBy), Arg("$ackedAt", next.AcknowledgedAt),
            Arg("$firstAck", next.FirstAcknowledgedAt), Arg("$snoozed", next.SnoozedUntil), Arg("$closedAt", next.ClosedAt),
            Arg("$closedBy", next.ClosedBy), Arg("$tags", AlertJson.List(next.Tags)));
        if (!before.Tags.SequenceEqual(next.Tags, StringComparer.Ordinal))
        {
            session.Execute("DELETE FROM alert_tags WHERE alert_pk = $pk", Arg("$pk", next.TinyId));
            InsertTags(session, next.TinyId, next.Tags);
        }
    }

    /// <summary>Appends an event and returns it with its sequence.</summary>
    public static AlertEvent Event(SqlSession session, long pk, string alertId, AlertEventKind kind, long at, string? actor, string? note)
    {
        var sequence = session.ScalarInt64(
            "INSERT INTO alert_events (alert_pk, alert_id, kind, at, actor, note) VALUES ($pk, $id, $kind, $at, $actor, $note) RETURNING sequence",
            Arg("$pk", pk), Arg("$id", alertId), Arg("$kind", kind.ToString()), Arg("$at", at), Arg("$actor", actor), Arg("$note", note))!.Value;
        return new AlertEvent(sequence, alertId, kind, at, actor, note);
    }

    private static void InsertTags(SqlSession session, long pk, IReadOnlyList<string> tags)
    {
        foreach (var tag in tags)
        {
            session.Execute("INSERT OR IGNORE INTO alert_tags (alert_pk, tag) VALUES ($pk, $tag)", Arg("$pk", pk), Arg("$tag", tag));
        }
    }
}

using Microsoft.Data.Sqlite;
using Osprey.Core.Alerting;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Alerting;

/// <summary>Reads alert rows and their events.</summary>
internal static class AlertRows
{
    public const string Columns =
        "a.id, a.alert_pk, a.alias, a.message, a.description, a.priority, a.status, a.acknowledged, a.acknowledged_by, a.snoozed_until, a.count, " +
        "a.created_at, a.last_occurred_at, a.acknowledged_at, a.closed_at, a.tags, a.details, a.entity, a.source, a.responders, a.team, " +
        "a.escalation_policy, a.actions, a.first_acknowledged_at, a.closed_by";

    public const string EventColumns = "e.sequence, e.alert_id, e.kind, e.at, e.actor, e.note";

    public static Alert Map(SqliteDataReader r) => new(
        r.GetString(0), r.GetInt64(1), r.GetString(2), r.GetString(3), Text(r, 4), (AlertPriority)r.GetInt32(5),
        r.GetString(6) == "open" ? AlertStatus.Open : AlertStatus.Closed, r.GetInt64(7) != 0, Text(r, 8), Long(r, 9), r.GetInt32(10),
        r.GetInt64(11), r.GetInt64(12), Long(r, 13), Long(r, 14), AlertJson.ParseList(r.GetString(15)), AlertJson.ParseMap(r.GetString(16)),
        Text(r, 17), Text(r, 18), AlertJson.ParseResponders(r.GetString(19)), Text(r, 20), Text(r, 21))
    {
        Actions = AlertJson.ParseList(r.GetString(22)),
        FirstAcknowledgedAt = Long(r, 23),
        ClosedBy = Text(r, 24),
    };

    public static AlertEvent MapEvent(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), Enum.Parse<AlertEventKind>(r.GetString(2)), r.GetInt64(3), Text(r, 4), Text(r, 5));

    public static Alert? ById(SqlSession session, string id) =>
        session.QueryFirst($"SELECT {Columns} FROM alerts a WHERE a.id = $id", Map, Arg("$id", id));

    public static Alert? ByTinyId(SqlSession session, long tinyId) =>
        session.QueryFirst($"SELECT {Columns} FROM alerts a WHERE a.alert_pk = $pk", Map, Arg("$pk", tinyId));

    /// <summary>Finds the open alert with an alias, else the newest closed one.</summary>
    public static Alert? ByAlias(SqlSession session, string alias) =>
        session.QueryFirst($"SELECT {Columns} FROM alerts a WHERE a.alias = $alias ORDER BY a.status = 'open' DESC, a.created_at DESC, a.alert_pk DESC LIMIT 1",
            Map, Arg("$alias", alias));

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? Long(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
}

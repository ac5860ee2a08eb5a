using Microsoft.Data.Sqlite;
using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.Notifications;

namespace Osprey.Storage.Sqlite.Notifications;

/// <summary>Column lists and row mappings of the outbox and escalation tables.</summary>
internal static class OutboxRows
{
    public const string OutboxColumns = "id, delivery_id, recipient, channel, content, status, attempts, due_at, digest_id, last_error, created_at, sent_at";

    public const string StateColumns = "alert_id, policy, round, step, due_at, requested, status";

    public static OutboxEntry Entry(SqliteDataReader row) => new(
        row.GetInt64(0), row.GetString(1), row.GetString(2), row.GetString(3), ContentColumn.Read(row.GetString(4)),
        Enum.Parse<OutboxStatus>(row.GetString(5), ignoreCase: true), row.GetInt32(6), row.GetInt64(7),
        row.IsDBNull(8) ? null : row.GetString(8), row.IsDBNull(9) ? null : row.GetString(9), row.GetInt64(10), row.IsDBNull(11) ? null : row.GetInt64(11));

    public static EscalationState State(SqliteDataReader row) => new(
        row.GetString(0), row.GetString(1), row.GetInt32(2), row.GetInt32(3), row.GetInt64(4), row.GetInt64(5) != 0,
        Enum.Parse<EscalationStatus>(row.GetString(6), ignoreCase: true));

    public static string Text(OutboxStatus status) => status.ToString().ToLowerInvariant();

    public static string Text(EscalationStatus status) => status.ToString().ToLowerInvariant();
}

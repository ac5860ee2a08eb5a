using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.Notifications;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Notifications;

/// <summary>The on-call runtime state in the workspace database: feed cursor, escalation states and the outbox, whose unique key makes each notification exactly-once.</summary>
internal sealed class SqliteNotificationStore(SqliteWriter writer, SqliteReaderPool readers) : INotificationStore
{
    /// <inheritdoc/>
    public Task<long> GetCursorAsync(CancellationToken ct) =>
        readers.ReadAsync(session => session.ScalarInt64("SELECT sequence FROM oncall_cursor WHERE consumer = 'oncall'") ?? 0, ct);

    /// <inheritdoc/>
    public Task CommitEventAsync(long sequence, EscalationState? state, IReadOnlyList<NewNotification> notifications, long now, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            if (state is not null)
            {
                Save(session, state);
            }
            Insert(session, notifications, now);
            session.Execute("UPDATE oncall_cursor SET sequence = MAX(sequence, $seq) WHERE consumer = 'oncall'", Arg("$seq", sequence));
        }, ct);

    /// <inheritdoc/>
    public Task<int> EnqueueAsync(IReadOnlyList<NewNotification> notifications, long now, CancellationToken ct) =>
        writer.WriteAsync(session => Insert(session, notifications, now), ct);

    /// <inheritdoc/>
    public Task<int> RecoverAsync(long now, CancellationToken ct) =>
        writer.WriteAsync(session => session.Execute("UPDATE notification_outbox SET status = 'pending', due_at = $now WHERE status = 'sending'", Arg("$now", now)), ct);

    /// <inheritdoc/>
    public Task<EscalationState?> GetEscalationAsync(string alertId, CancellationToken ct) =>
        readers.ReadAsync(session => session.QueryFirst($"SELECT {OutboxRows.StateColumns} FROM escalation_state WHERE alert_id = $id", OutboxRows.State, Arg("$id", alertId)), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<EscalationState>> DueEscalationsAsync(long now, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<EscalationState>>(session => session.Query(
            $"SELECT {OutboxRows.StateColumns} FROM escalation_state WHERE status = 'active' AND due_at <= $now ORDER BY due_at, alert_id",
            OutboxRows.State, Arg("$now", now)), ct);

    /// <inheritdoc/>
    public Task SaveEscalationAsync(EscalationState state, CancellationToken ct) => writer.WriteAsync(session => Save(session, state), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<(string Recipient, string Channel)>> NotifiedAsync(string alertId, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<(string, string)>>(session => session.Query(
            "SELECT recipient, channel FROM notification_outbox WHERE alert_id = $id GROUP BY recipient, channel ORDER BY MIN(id)",
            r => (r.GetString(0), r.GetString(1)), Arg("$id", alertId)), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(long now, TimeSpan lease, int limit, CancellationToken ct) =>
        writer.WriteAsync<IReadOnlyList<OutboxEntry>>(session => OutboxClaim.Run(session, now, lease, limit), ct);

    /// <inheritdoc/>
    public Task RecordAttemptAsync(IReadOnlyList<long> ids, long at, string? error, long? retryAt, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            foreach (var id in ids)
            {
                session.Execute(
                    "INSERT OR REPLACE INTO notification_attempts (outbox_id, attempt, at, error) SELECT id, attempts, $at, $error FROM notification_outbox WHERE id = $id",
                    Arg("$id", id), Arg("$at", at), Arg("$error", error));
                var status = error is null ? "sent" : retryAt is null ? "failed" : "pending";
                session.Execute(
                    """
                    UPDATE notification_outbox SET status = $status, last_error = $error, due_at = COALESCE($retry, due_at),
                        sent_at = CASE WHEN $status = 'sent' THEN $at ELSE sent_at END
                    WHERE id = $id AND status = 'sending'
                    """,
                    Arg("$id", id), Arg("$status", status), Arg("$error", error), Arg("$retry", retryAt), Arg("$at", at));
            }
        }, ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<OutboxEntry>> ListDeliveriesAsync(DeliveryQuery query, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<OutboxEntry>>(session => session.Query(
            $"""
            SELECT {OutboxRows.OutboxColumns} FROM notification_outbox
            WHERE ($alert IS NULL OR alert_id = $alert) AND ($status IS NULL OR status = $status)
            ORDER BY id DESC LIMIT $limit
            """,
            OutboxRows.Entry, Arg("$alert", query.AlertId), Arg("$status", query.Status is { } s ? OutboxRows.Text(s) : null),
            Arg("$limit", Math.Clamp(query.Limit, 1, 1000))), ct);

    private static int Insert(SqlSession session, IReadOnlyList<NewNotification> notifications, long now)
    {
        var added = 0;
        foreach (var n in notifications)
        {
            var held = n.ReleaseAt > n.Content.At;
            added += session.Execute(
                """
                INSERT INTO notification_outbox (alert_id, event_sequence, recipient, channel, delivery_id, content, status, due_at, created_at)
                VALUES ($alert, $seq, $recipient, $channel, $delivery, $content, $status, $due, $now)
                ON CONFLICT (alert_id, event_sequence, recipient, channel) DO NOTHING
                """,
                Arg("$alert", n.Content.AlertId), Arg("$seq", n.Content.EventSequence), Arg("$recipient", n.Recipient), Arg("$channel", n.Channel),
                Arg("$delivery", n.DeliveryId), Arg("$content", ContentColumn.Write(n.Content)), Arg("$status", held ? "held" : "pending"),
                Arg("$due", n.ReleaseAt), Arg("$now", now));
        }
        return added;
    }

    private static void Save(SqlSession session, EscalationState state) =>
        session.Execute(
            $"INSERT OR REPLACE INTO escalation_state ({OutboxRows.StateColumns}) VALUES ($alert, $policy, $round, $step, $due, $requested, $status)",
            Arg("$alert", state.AlertId), Arg("$policy", state.Policy), Arg("$round", state.Round), Arg("$step", state.Step),
            Arg("$due", state.DueAt), Arg("$requested", state.Requested ? 1 : 0), Arg("$status", OutboxRows.Text(state.Status)));
}

using Osprey.Core.Alerting.Escalation;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>The durable side of on-call: the cursor over the alert event feed, escalation states, and the notification outbox with its delivery log.</summary>
public interface INotificationStore
{
    /// <summary>Returns the sequence of the last alert event fully handled (0 before the first).</summary>
    Task<long> GetCursorAsync(CancellationToken ct);

    /// <summary>In one transaction: saves <paramref name="state"/> (when given), adds the notifications whose key is not stored yet, and moves the cursor to <paramref name="sequence"/>.</summary>
    Task CommitEventAsync(long sequence, EscalationState? state, IReadOnlyList<NewNotification> notifications, long now, CancellationToken ct);

    /// <summary>Adds notifications whose key is not stored yet (outside the feed, such as test notifications); returns how many were new.</summary>
    Task<int> EnqueueAsync(IReadOnlyList<NewNotification> notifications, long now, CancellationToken ct);

    /// <summary>Makes every notification left marked sending by a process that died due now, instead of after its lease; call once at start when this process is the only sender.</summary>
    Task<int> RecoverAsync(long now, CancellationToken ct);

    /// <summary>Returns an alert's escalation state, or null when it has none.</summary>
    Task<EscalationState?> GetEscalationAsync(string alertId, CancellationToken ct);

    /// <summary>Returns the active escalations whose next step is due at <paramref name="now"/>, oldest first.</summary>
    Task<IReadOnlyList<EscalationState>> DueEscalationsAsync(long now, CancellationToken ct);

    /// <summary>Saves an escalation state (insert or replace).</summary>
    Task SaveEscalationAsync(EscalationState state, CancellationToken ct);

    /// <summary>Returns the distinct (recipient, channel) pairs an alert has been notified through, in first-notified order.</summary>
    Task<IReadOnlyList<(string Recipient, string Channel)>> NotifiedAsync(string alertId, CancellationToken ct);

    /// <summary>Releases held notifications whose quiet hours ended (grouping each recipient and channel into one digest), then claims up to <paramref name="limit"/> due ones (and whole digests) for <paramref name="lease"/>.</summary>
    /// <remarks>A notification still marked sending after its lease (its sender died) is due again: the at-least-once window.</remarks>
    Task<IReadOnlyList<OutboxEntry>> ClaimAsync(long now, TimeSpan lease, int limit, CancellationToken ct);

    /// <summary>Records one delivery attempt for notifications sent together: sent when <paramref name="error"/> is null; otherwise pending again at <paramref name="retryAt"/>, or failed for good when it is null.</summary>
    Task RecordAttemptAsync(IReadOnlyList<long> ids, long at, string? error, long? retryAt, CancellationToken ct);

    /// <summary>Lists the delivery log, newest first.</summary>
    Task<IReadOnlyList<OutboxEntry>> ListDeliveriesAsync(DeliveryQuery query, CancellationToken ct);
}

using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Notifications;

namespace Osprey.Core.Alerting.Escalation;

/// <summary>Follows the alert event feed from a stored cursor to start, advance and stop escalations and to put their notifications in the outbox; fires due steps by recording Escalated events.</summary>
/// <remarks>
/// A step fires in two halves: <see cref="EscalateDueAsync"/> marks the state requested and records an Escalated event whose note carries
/// the step's token; <see cref="DrainAsync"/> later sees that event and, in one transaction, adds its notifications and advances the state.
/// Because every cycle drains the feed before firing, a requested step whose event is not in the feed was never recorded (the process
/// died first) and is safely asked for again; one that is in the feed is never asked for twice.
/// </remarks>
public sealed class EscalationEngine(IAlertEventFeed feed, IAlertEventLog log, INotificationStore store, Func<OnCallConfiguration> configuration, TimeProvider clock)
{
    private const int BatchSize = 200;

    /// <summary>Handles every event after the stored cursor; returns how many were handled.</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var cursor = await store.GetCursorAsync(ct);
        var handled = 0;
        while (true)
        {
            var batch = await feed.ReadAfterAsync(cursor, BatchSize, ct);
            if (batch.Count == 0)
            {
                return handled;
            }
            foreach (var alertEvent in batch)
            {
                await HandleAsync(alertEvent, ct);
                cursor = alertEvent.Sequence;
                handled++;
            }
        }
    }

    /// <summary>Fires every escalation step due now by recording its Escalated event; returns how many fired.</summary>
    public async Task<int> EscalateDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var current = configuration();
        var fired = 0;
        foreach (var state in await store.DueEscalationsAsync(now, ct))
        {
            if (!current.Policies.TryGetValue(state.Policy, out var policy) || state.Step >= policy.Steps.Count)
            {
                await store.SaveEscalationAsync(state with { Status = EscalationStatus.Finished }, ct);
                continue;
            }
            await store.SaveEscalationAsync(state with { Requested = true }, ct);
            var targets = string.Join(", ", policy.Steps[state.Step].Targets);
            var note = $"Step {state.Step + 1} of escalation policy '{policy.Name}' (round {state.Round + 1}) notifies {targets} {state.Token}";
            await log.RecordAsync(state.AlertId, AlertEventKind.Escalated, "osprey", note, ct);
            fired++;
        }
        return fired;
    }

    private async Task HandleAsync(AlertEvent alertEvent, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var current = configuration();
        var alert = await feed.GetAsync(alertEvent.AlertId, ct);
        var state = await store.GetEscalationAsync(alertEvent.AlertId, ct);
        if (alert is null)
        {
            await store.CommitEventAsync(alertEvent.Sequence, null, [], now, ct);
            return;
        }
        var (next, notifications) = alertEvent.Kind switch
        {
            AlertEventKind.Created => (Start(current, alert, alertEvent.At), []),
            AlertEventKind.Escalated => await FiredAsync(current, alert, alertEvent, state),
            AlertEventKind.Acknowledged or AlertEventKind.Closed => await StoppedAsync(current, alert, alertEvent, state, ct),
            AlertEventKind.Unacknowledged when state is { Status: EscalationStatus.Stopped } && alert.Status == AlertStatus.Open
                => (Start(current, alert, alertEvent.At), []),
            _ => (null, (IReadOnlyList<NewNotification>)[]),
        };
        await store.CommitEventAsync(alertEvent.Sequence, next, notifications, now, ct);
    }

    private static EscalationState? Start(OnCallConfiguration current, Alert alert, long at) =>
        alert.EscalationPolicy is { } name && current.Policies.TryGetValue(name, out var policy) && policy.Steps.Count > 0
            && alert.Status == AlertStatus.Open && !alert.Acknowledged
            ? StepAdvance.Start(alert.Id, policy, at)
            : null;

    private static Task<(EscalationState?, IReadOnlyList<NewNotification>)> FiredAsync(OnCallConfiguration current, Alert alert, AlertEvent alertEvent, EscalationState? state)
    {
        var token = EscalationToken.Parse(alertEvent.Note);
        // Only the event of the step the state is waiting for counts; a stale or hand-made escalation leaves the state alone.
        if (state is null || token is not { } fired || fired != (state.Round, state.Step) || state.Status != EscalationStatus.Active
            || !current.Policies.TryGetValue(state.Policy, out var policy) || state.Step >= policy.Steps.Count)
        {
            return Task.FromResult<(EscalationState?, IReadOnlyList<NewNotification>)>((null, []));
        }
        var pairs = RecipientResolver.Resolve(current, policy.Steps[state.Step].Targets, DateTimeOffset.FromUnixTimeMilliseconds(alertEvent.At));
        var notifications = NotificationPlan.For(current, alert, alertEvent, pairs);
        return Task.FromResult<(EscalationState?, IReadOnlyList<NewNotification>)>((StepAdvance.After(state, policy, alertEvent.At), notifications));
    }

    private async Task<(EscalationState?, IReadOnlyList<NewNotification>)> StoppedAsync(OnCallConfiguration current, Alert alert, AlertEvent alertEvent, EscalationState? state, CancellationToken ct)
    {
        var notified = await store.NotifiedAsync(alert.Id, ct);
        var notifications = NotificationPlan.For(current, alert, alertEvent, notified);
        var stopped = state is { Status: EscalationStatus.Active } ? state with { Status = EscalationStatus.Stopped, Requested = false } : null;
        return (stopped, notifications);
    }
}

namespace Osprey.Core.Alerting.Alerts;

/// <summary>The rules of an alert's life: which transitions a state allows and what each one changes.</summary>
/// <remarks>
/// Repeating a transition that is already in effect (acknowledging an acknowledged alert, closing a closed one) is accepted and records
/// nothing, so retried requests and Alertmanager's repeated "resolved" notifications are harmless. Changing a closed alert is refused,
/// except for notes and escalation records, which history accepts at any time.
/// </remarks>
public static class AlertLifecycle
{
    /// <summary>Returns the alert after the transition; throws <see cref="ErrorCode.InvalidState"/> when the alert's state forbids it.</summary>
    public static AlertTransitionResult Apply(Alert alert, AlertTransition t) => t.Kind switch
    {
        AlertEventKind.Acknowledged => Open(alert, t).Acknowledged
            ? Same(alert)
            : Changed(alert with { Acknowledged = true, AcknowledgedBy = t.Actor, AcknowledgedAt = t.At, SnoozedUntil = null,
                FirstAcknowledgedAt = alert.FirstAcknowledgedAt ?? t.At }),
        AlertEventKind.Unacknowledged => !Open(alert, t).Acknowledged
            ? Same(alert)
            : Changed(alert with { Acknowledged = false, AcknowledgedBy = null, AcknowledgedAt = null }),
        AlertEventKind.Snoozed => Snooze(Open(alert, t), t),
        AlertEventKind.SnoozeEnded => alert.SnoozedUntil is null ? Same(alert) : Changed(alert with { SnoozedUntil = null }),
        AlertEventKind.PriorityChanged => ChangePriority(Open(alert, t), t),
        AlertEventKind.Closed => alert.Status == AlertStatus.Closed
            ? Same(alert)
            : Changed(Close(alert, t)),
        AlertEventKind.NoteAdded or AlertEventKind.Escalated => Changed(alert),
        _ => throw OspreyException.Invalid($"'{t.Kind}' is not a change that can be applied to an alert."),
    };

    private static Alert Open(Alert alert, AlertTransition t) => alert.Status == AlertStatus.Open
        ? alert
        : throw new OspreyException(ErrorCode.InvalidState, $"Alert {alert.TinyId} ('{alert.Alias}') is closed; it cannot be {Verb(t.Kind)}.");

    private static AlertTransitionResult Snooze(Alert alert, AlertTransition t)
    {
        var until = t.SnoozeUntil ?? throw OspreyException.Invalid("A snooze needs 'endTime', the time the snooze ends.");
        if (until <= t.At)
        {
            throw OspreyException.Invalid($"Invalid value for 'endTime': a snooze must end in the future, after {DateTimeOffset.FromUnixTimeMilliseconds(t.At):u}.");
        }
        return Changed(alert with { SnoozedUntil = until });
    }

    private static AlertTransitionResult ChangePriority(Alert alert, AlertTransition t)
    {
        var priority = t.Priority ?? throw OspreyException.Invalid("A priority change needs 'priority' (P1 to P5).");
        return priority == alert.Priority ? Same(alert) : Changed(alert with { Priority = priority });
    }

    private static Alert Close(Alert alert, AlertTransition t)
    {
        var tags = t.Noise && !alert.Tags.Contains(AlertNoise.Tag, StringComparer.Ordinal) && alert.Tags.Count < AlertLimits.Tags
            ? [.. alert.Tags, AlertNoise.Tag]
            : alert.Tags;
        return alert with { Status = AlertStatus.Closed, ClosedAt = t.At, SnoozedUntil = null, Tags = tags, ClosedBy = t.Actor };
    }

    private static string Verb(AlertEventKind kind) => kind switch
    {
        AlertEventKind.Acknowledged => "acknowledged",
        AlertEventKind.Unacknowledged => "unacknowledged",
        AlertEventKind.Snoozed => "snoozed",
        AlertEventKind.PriorityChanged => "given another priority",
        _ => "changed",
    };

    private static AlertTransitionResult Same(Alert alert) => new(alert, false);

    private static AlertTransitionResult Changed(Alert alert) => new(alert, true);
}

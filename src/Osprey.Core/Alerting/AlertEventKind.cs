namespace Osprey.Core.Alerting;

/// <summary>The state changes of an alert that routing, escalation and notification react to; a repeat of an open alias is not one of them.</summary>
public enum AlertEventKind
{
    Created,
    Acknowledged,
    Unacknowledged,
    Snoozed,
    SnoozeEnded,
    NoteAdded,
    PriorityChanged,
    Escalated,
    Closed,
}

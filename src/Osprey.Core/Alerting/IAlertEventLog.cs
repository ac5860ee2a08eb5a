namespace Osprey.Core.Alerting;

/// <summary>Lets escalation and notification record what they did to an alert (for example <see cref="AlertEventKind.Escalated"/>) in the alert's own history.</summary>
public interface IAlertEventLog
{
    /// <summary>Appends an event to an alert's history and returns it with its sequence number.</summary>
    Task<AlertEvent> RecordAsync(string alertId, AlertEventKind kind, string? actor, string? note, CancellationToken ct);
}

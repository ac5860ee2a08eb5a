namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>The body of acknowledge, unacknowledge, close, snooze, notes and priority: who acts and why, plus the fields of the actions that need them.</summary>
public sealed record AlertActionRequest(
    string? User = null,
    string? Source = null,
    string? Note = null,
    string? EndTime = null,
    string? Priority = null,
    bool? Noise = null);

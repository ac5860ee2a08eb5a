namespace Osprey.Core.Alerting;

/// <summary>An alert's current state (times are Unix milliseconds); team and escalation policy are what routing chose when it opened.</summary>
public sealed record Alert(
    string Id,
    long TinyId,
    string Alias,
    string Message,
    string? Description,
    AlertPriority Priority,
    AlertStatus Status,
    bool Acknowledged,
    string? AcknowledgedBy,
    long? SnoozedUntil,
    int Count,
    long CreatedAt,
    long LastOccurredAt,
    long? AcknowledgedAt,
    long? ClosedAt,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Details,
    string? Entity,
    string? Source,
    IReadOnlyList<AlertResponder> Responders,
    string? Team,
    string? EscalationPolicy);

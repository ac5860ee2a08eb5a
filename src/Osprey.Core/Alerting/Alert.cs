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
    string? EscalationPolicy)
{
    /// <summary>Gets the custom actions the sender offered (at most ten names), in the order given.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Gets when the alert was first acknowledged (Unix milliseconds), which MTTA counts from even after an unacknowledge.</summary>
    public long? FirstAcknowledgedAt { get; init; }

    /// <summary>Gets who closed the alert, when it is closed.</summary>
    public string? ClosedBy { get; init; }

    /// <summary>Gets whether the alert is snoozed at <paramref name="now"/> (Unix milliseconds).</summary>
    public bool IsSnoozedAt(long now) => SnoozedUntil is { } until && until > now;
}

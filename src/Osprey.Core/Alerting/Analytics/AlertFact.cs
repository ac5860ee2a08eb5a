namespace Osprey.Core.Alerting.Analytics;

/// <summary>What analytics needs of one alert: when it opened, was first acknowledged and closed (Unix milliseconds), where it belongs, and whether it escalated or was tagged noise.</summary>
public sealed record AlertFact(
    string AlertId,
    long CreatedAt,
    long? FirstAcknowledgedAt,
    long? ClosedAt,
    string? Team,
    AlertPriority Priority,
    string? Entity,
    bool Escalated,
    bool TaggedNoise);

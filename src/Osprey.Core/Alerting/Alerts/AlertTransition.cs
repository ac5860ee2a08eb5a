namespace Osprey.Core.Alerting.Alerts;

/// <summary>A requested change to one alert at <paramref name="At"/> (Unix milliseconds); <paramref name="SnoozeUntil"/>, <paramref name="Priority"/> and <paramref name="Noise"/> apply to their own kinds only.</summary>
public sealed record AlertTransition(
    AlertEventKind Kind,
    long At,
    string? Actor,
    string? Note,
    long? SnoozeUntil = null,
    AlertPriority? Priority = null,
    bool Noise = false);

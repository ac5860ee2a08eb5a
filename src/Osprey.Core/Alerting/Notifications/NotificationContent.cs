namespace Osprey.Core.Alerting.Notifications;

/// <summary>What one notification says: the alert, the event that caused it and when (Unix milliseconds).</summary>
public sealed record NotificationContent(
    string AlertId,
    long TinyId,
    string Message,
    AlertPriority Priority,
    AlertEventKind Event,
    long EventSequence,
    long At,
    string? Note);

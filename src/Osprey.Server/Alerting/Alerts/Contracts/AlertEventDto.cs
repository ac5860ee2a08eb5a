namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>One entry of an alert's history: its sequence, kind, time (ISO 8601 UTC), actor and note.</summary>
public sealed record AlertEventDto(long Sequence, string AlertId, string Kind, string At, string? Actor, string? Note);

namespace Osprey.Core.Alerting;

/// <summary>One durable state change of an alert, numbered by a workspace-wide sequence that only grows.</summary>
public sealed record AlertEvent(long Sequence, string AlertId, AlertEventKind Kind, long At, string? Actor, string? Note);

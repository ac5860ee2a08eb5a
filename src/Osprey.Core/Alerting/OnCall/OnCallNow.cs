namespace Osprey.Core.Alerting.OnCall;

/// <summary>Who is on call on a schedule right now (null when nobody), from which layer, and until when the answer holds.</summary>
public sealed record OnCallNow(string Schedule, string? User, string? Source, DateTimeOffset Until);

namespace Osprey.Core.Alerting.OnCall;

/// <summary>A stretch of time with one person on call (or nobody, a gap, when <paramref name="User"/> is null); <paramref name="Source"/> names the layer or <c>override</c>.</summary>
public sealed record Shift(string? User, DateTimeOffset Start, DateTimeOffset End, string? Source);

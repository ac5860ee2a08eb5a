namespace Osprey.Core.Alerting;

/// <summary>Where routing sends a new alert: the owning team and the escalation policy that pages for it (either may be absent).</summary>
public sealed record AlertRoute(string? Team, string? EscalationPolicy);

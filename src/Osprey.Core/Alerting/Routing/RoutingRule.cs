namespace Osprey.Core.Alerting.Routing;

/// <summary>A rule that sends matching alerts to a team and an escalation policy; rules are tried in order and the first match wins.</summary>
public sealed record RoutingRule(string Name, RouteCondition When, string? Team, string? EscalationPolicy);

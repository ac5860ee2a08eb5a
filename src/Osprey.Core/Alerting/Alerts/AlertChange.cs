namespace Osprey.Core.Alerting.Alerts;

/// <summary>An alert after a transition was applied, with the event recorded for it (null when the transition changed nothing).</summary>
public sealed record AlertChange(Alert Alert, AlertEvent? Event);

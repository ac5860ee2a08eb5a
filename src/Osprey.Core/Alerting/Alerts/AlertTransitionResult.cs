namespace Osprey.Core.Alerting.Alerts;

/// <summary>What a transition does to an alert: its next state, and whether an event is recorded (false for a repeat that changes nothing, such as acknowledging an acknowledged alert).</summary>
public sealed record AlertTransitionResult(Alert Next, bool Recorded);

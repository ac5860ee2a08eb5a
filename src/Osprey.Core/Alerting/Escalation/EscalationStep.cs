namespace Osprey.Core.Alerting.Escalation;

/// <summary>One step of a policy: after <paramref name="Wait"/> (since the alert opened for the first step, since the previous step otherwise), notify every target at once.</summary>
public sealed record EscalationStep(TimeSpan Wait, IReadOnlyList<EscalationTarget> Targets);

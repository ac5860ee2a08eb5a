namespace Osprey.Core.Alerting.Escalation;

/// <summary>One target of an escalation step, such as <c>schedule: primary</c> or <c>user: alice</c>.</summary>
public sealed record EscalationTarget(TargetKind Kind, string Name)
{
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Name}";
}

namespace Osprey.Core.Alerting.Escalation;

/// <summary>Ordered steps that page for an unacknowledged alert; after the last step the policy starts again from the first, <paramref name="Repeats"/> more times, <paramref name="RepeatDelay"/> after the last step.</summary>
public sealed record EscalationPolicy(string Name, IReadOnlyList<EscalationStep> Steps, int Repeats, TimeSpan RepeatDelay)
{
    /// <summary>The most repeats a policy may ask for (as Compass/JSM allows).</summary>
    public const int MaxRepeats = 20;
}

namespace Osprey.Core.Alerting.Escalation;

/// <summary>Moves an escalation to the step after the one that just fired: the next step after its wait, a repeat after the repeat delay, or finished.</summary>
public static class StepAdvance
{
    /// <summary>Returns the state after the step in <paramref name="state"/> fired at <paramref name="firedAt"/> (Unix milliseconds).</summary>
    public static EscalationState After(EscalationState state, EscalationPolicy policy, long firedAt)
    {
        var fired = state with { Requested = false };
        if (state.Step + 1 < policy.Steps.Count)
        {
            return fired with { Step = state.Step + 1, DueAt = firedAt + (long)policy.Steps[state.Step + 1].Wait.TotalMilliseconds };
        }
        if (state.Round < policy.Repeats)
        {
            return fired with { Round = state.Round + 1, Step = 0, DueAt = firedAt + (long)policy.RepeatDelay.TotalMilliseconds };
        }
        return fired with { Status = EscalationStatus.Finished };
    }

    /// <summary>Returns the state of a newly opened alert under a policy: the first step, due its wait after <paramref name="openedAt"/>.</summary>
    public static EscalationState Start(string alertId, EscalationPolicy policy, long openedAt) =>
        new(alertId, policy.Name, 0, 0, openedAt + (long)policy.Steps[0].Wait.TotalMilliseconds, false, EscalationStatus.Active);
}

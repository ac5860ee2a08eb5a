namespace Osprey.Core.Pipelines.Runs;

/// <summary>Airflow's trigger-rule semantics (TriggerRuleDep with upstream-failed flagging): given a rule and the parents' counts, whether a task runs, waits, is skipped or is upstream_failed.</summary>
/// <remarks>Mirrors Airflow's two passes: first the states a rule forces once it can no longer be met (which may happen before all parents finish),
/// then whether the rule is met. A task without parents, or with rule always, runs at once.</remarks>
public static class TriggerRuleEvaluator
{
    /// <summary>Decides for a task with trigger rule <paramref name="rule"/> and parents counted in <paramref name="parents"/>.</summary>
    public static TriggerDecision Decide(TriggerRule rule, UpstreamCounts parents)
    {
        if (parents.Total == 0 || rule == TriggerRule.Always)
        {
            return TriggerDecision.Run;
        }
        return Forced(rule, parents) ?? (IsMet(rule, parents) ? TriggerDecision.Run : TriggerDecision.Wait);
    }

    private static TriggerDecision? Forced(TriggerRule rule, UpstreamCounts c)
    {
        var allDone = c.Done >= c.Total;
        var anyFailure = c.Failed > 0 || c.UpstreamFailed > 0;
        return rule switch
        {
            TriggerRule.AllSuccess when anyFailure => TriggerDecision.UpstreamFailed,
            TriggerRule.AllSuccess when c.Skipped > 0 => TriggerDecision.Skip,
            TriggerRule.AllFailed when c.Success > 0 || c.Skipped > 0 => TriggerDecision.Skip,
            TriggerRule.OneSuccess when allDone && c.Done == c.Skipped => TriggerDecision.Skip,
            TriggerRule.OneSuccess when allDone && c.Success == 0 => TriggerDecision.UpstreamFailed,
            TriggerRule.OneFailed when allDone && !anyFailure => TriggerDecision.Skip,
            TriggerRule.OneDone when allDone && c.Failed == 0 && c.Success == 0 => TriggerDecision.Skip,
            TriggerRule.NoneFailed when anyFailure => TriggerDecision.UpstreamFailed,
            TriggerRule.NoneFailedMinOneSuccess when anyFailure => TriggerDecision.UpstreamFailed,
            TriggerRule.NoneFailedMinOneSuccess when c.Skipped == c.Total => TriggerDecision.Skip,
            TriggerRule.NoneSkipped when c.Skipped > 0 => TriggerDecision.Skip,
            TriggerRule.AllSkipped when c.Success > 0 || anyFailure => TriggerDecision.Skip,
            TriggerRule.AllDoneMinOneSuccess when c.Skipped > 0 => TriggerDecision.Skip,
            TriggerRule.AllDoneMinOneSuccess when c.Done >= c.Total && c.Success == 0 => TriggerDecision.UpstreamFailed,
            _ => null,
        };
    }

    private static bool IsMet(TriggerRule rule, UpstreamCounts c) => rule switch
    {
        TriggerRule.AllSuccess => c.Success == c.Total,
        TriggerRule.AllFailed => c.Failed + c.UpstreamFailed == c.Total,
        TriggerRule.AllDone => c.Done >= c.Total,
        TriggerRule.AllDoneMinOneSuccess => c.Skipped == 0 && c.Done >= c.Total && c.Success > 0,
        TriggerRule.AllSkipped => c.Skipped == c.Total,
        TriggerRule.OneSuccess => c.Success > 0,
        TriggerRule.OneFailed => c.Failed > 0 || c.UpstreamFailed > 0,
        TriggerRule.OneDone => c.Success + c.Failed > 0,
        TriggerRule.NoneFailed or TriggerRule.NoneFailedMinOneSuccess => c.Success + c.Skipped == c.Total,
        TriggerRule.NoneSkipped => c.Done >= c.Total && c.Skipped == 0,
        _ => true,
    };
}

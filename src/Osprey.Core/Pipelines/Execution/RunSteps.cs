using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Combines consecutive steps of one run into one, so events that arrive together are persisted in one write.</summary>
internal static class RunSteps
{
    /// <summary>Merges steps applied one after another: their transitions and kills in order, the run's change from the first status to the last,
    /// and the last state and wake-up time. The store applies the transitions in order, so a task may appear more than once.</summary>
    public static RunStep Merge(IReadOnlyList<RunStep> steps)
    {
        if (steps.Count == 1)
        {
            return steps[0];
        }
        var changes = steps.Select(s => s.RunChange).OfType<RunStatusChange>().ToList();
        var change = changes.Count == 0 ? null : changes[^1] with { From = changes[0].From };
        return new RunStep(steps[^1].State, [.. steps.SelectMany(s => s.Transitions)], change, [.. steps.SelectMany(s => s.ToKill)], steps[^1].WakeAt);
    }

    /// <summary>A step that changes nothing (to mark completions applied whose events no longer matter).</summary>
    public static RunStep Nothing(PipelineRunState state) => new(state, [], null, [], state.NextWakeAt());
}

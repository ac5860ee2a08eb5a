using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Decides, for a pipeline and an instant, which runs to create, start or cancel: data intervals like Airflow's (a run for
/// [start, end) fires at end), catchup on or off, max_active_runs, and the allow / forbid / replace concurrency policies. Pure: no clock, no store.</summary>
public static class RunSchedulePolicy
{
    /// <summary>Decides what to do at <paramref name="now"/> for a pipeline in the state <paramref name="view"/>.</summary>
    public static ScheduleDecision Decide(PipelineDefinition definition, ScheduleView view, DateTimeOffset now)
    {
        var running = view.Runs.Count(r => r.Status == PipelineRunStatus.Running);
        var queued = view.Runs.Where(r => r.Status == PipelineRunStatus.Queued).OrderBy(r => r.CreatedAt).ThenBy(r => r.LogicalDate).ToList();
        var due = DueIntervals(definition, view, now).ToList();
        var through = view.ScheduledThrough;
        var next = definition.Schedule?.NextAfter(now);

        switch (definition.Concurrency)
        {
            case ConcurrencyPolicy.Replace when due.Count > 0:
                return new([due[^1]], [], [.. view.Runs.Select(r => r.Id)], due[..^1], due[^1].End, next);
            case ConcurrencyPolicy.Forbid or ConcurrencyPolicy.Replace:
                if (running > 0 || queued.Count > 0)
                {
                    // One run at a time: a queued trigger goes first; a due interval waits (catchup) or is passed over (no catchup).
                    var start = running == 0 ? queued.Take(1).Select(r => r.Id).ToList() : [];
                    return definition.Catchup || due.Count == 0
                        ? new([], start, [], [], through, next)
                        : new([], start, [], due, due[^1].End, next);
                }
                return due.Count == 0 ? new([], [], [], [], through, next) : new([due[0]], [], [], [], due[0].End, next);
            default:
                var slots = Math.Max(0, definition.MaxActiveRuns - running);
                var starts = queued.Take(slots).Select(r => r.Id).ToList();
                var creates = due.Take(slots - starts.Count).ToList();
                return new(creates, starts, [], [], creates.Count > 0 ? creates[^1].End : through, next);
        }
    }

    /// <summary>Plans a manual trigger: allow starts it when a slot is free, forbid starts it only when no run is active, replace cancels the active runs; otherwise it is queued.</summary>
    public static ManualTriggerPlan PlanTrigger(PipelineDefinition definition, ScheduleView view)
    {
        var active = view.Runs.Count;
        return definition.Concurrency switch
        {
            ConcurrencyPolicy.Replace => new(PipelineRunStatus.Running, [.. view.Runs.Select(r => r.Id)]),
            ConcurrencyPolicy.Forbid => new(active == 0 ? PipelineRunStatus.Running : PipelineRunStatus.Queued, []),
            _ => new(view.Runs.Count(r => r.Status == PipelineRunStatus.Running) < definition.MaxActiveRuns && view.Runs.All(r => r.Status != PipelineRunStatus.Queued)
                ? PipelineRunStatus.Running
                : PipelineRunStatus.Queued, []),
        };
    }

    /// <summary>Lists the data intervals that have ended by <paramref name="now"/> and are not yet scheduled: all of them, oldest first, with catchup
    /// (at most <paramref name="limit"/>), otherwise only the latest.</summary>
    public static IReadOnlyList<DataInterval> DueIntervals(PipelineDefinition definition, ScheduleView view, DateTimeOffset now, int limit = 1000)
    {
        if (definition.Schedule is not { } schedule || FirstInterval(definition, schedule, view) is not { } first || first.End > now)
        {
            return [];
        }
        if (!definition.Catchup)
        {
            var latestEnd = schedule.PreviousBefore(now.AddTicks(1)) ?? first.End;
            var latestStart = schedule.PreviousBefore(latestEnd) ?? first.Start;
            return [new DataInterval(latestStart < first.Start ? first.Start : latestStart, latestEnd)];
        }

        var intervals = new List<DataInterval>();
        for (var interval = first; interval.End <= now && intervals.Count < limit;)
        {
            intervals.Add(interval);
            if (schedule.NextAfter(interval.End) is not { } end)
            {
                break;
            }
            interval = new DataInterval(interval.End, end);
        }
        return intervals;
    }

    private static DataInterval? FirstInterval(PipelineDefinition definition, CronSchedule schedule, ScheduleView view)
    {
        if (view.ScheduledThrough is { } through)
        {
            var end = schedule.NextAfter(through);
            if (end is null)
            {
                return null;
            }
            var start = schedule.PreviousBefore(end.Value) ?? through;
            return new DataInterval(start < through ? through : start, end.Value);
        }
        if (definition.StartDate is { } startDate)
        {
            // The first interval starts at the first fire time at or after start_date.
            var start = schedule.NextAfter(startDate.AddTicks(-1));
            var end = start is null ? null : schedule.NextAfter(start.Value);
            return end is null ? null : new DataInterval(start!.Value, end.Value);
        }

        // No start_date: the interval in progress when the pipeline was registered, which falls due at the next fire time.
        var firstEnd = schedule.NextAfter(view.Registered);
        return firstEnd is null ? null : new DataInterval(schedule.PreviousBefore(view.Registered.AddTicks(1)) ?? view.Registered, firstEnd.Value);
    }
}

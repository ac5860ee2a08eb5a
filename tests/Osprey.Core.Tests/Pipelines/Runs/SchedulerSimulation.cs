using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Osprey.TestKit;

namespace Osprey.Core.Tests.Pipelines.Runs;

/// <summary>Plays the scheduler loop against the policy with a manual clock, keeping the view (scheduled-through mark, active runs) the store would keep.</summary>
internal sealed class SchedulerSimulation(PipelineDefinition definition, ManualTimeProvider clock)
{
    private readonly List<ActiveRun> active = [];

    public DateTimeOffset Registered { get; init; } = clock.GetUtcNow();

    public DateTimeOffset? ScheduledThrough { get; private set; }

    public List<(PipelineRunId Id, DataInterval Interval)> Created { get; } = [];

    public List<PipelineRunId> Cancelled { get; } = [];

    public List<DataInterval> Skipped { get; } = [];

    public IReadOnlyList<ActiveRun> Active => active;

    public ScheduleView View => new(ScheduledThrough, Registered, active);

    /// <summary>Decides at the clock's now and applies the decision.</summary>
    public ScheduleDecision Tick()
    {
        var now = clock.GetUtcNow();
        var decision = RunSchedulePolicy.Decide(definition, View, now);
        foreach (var id in decision.Cancel)
        {
            active.RemoveAll(r => r.Id == id);
            Cancelled.Add(id);
        }
        foreach (var id in decision.Start)
        {
            var index = active.FindIndex(r => r.Id == id);
            active[index] = active[index] with { Status = PipelineRunStatus.Running };
        }
        foreach (var interval in decision.Create)
        {
            var id = new PipelineRunId($"scheduled-{interval.Start:yyyyMMddHHmm}");
            active.Add(new ActiveRun(id, PipelineRunStatus.Running, RunKind.Scheduled, interval.Start, now));
            Created.Add((id, interval));
        }
        Skipped.AddRange(decision.Skipped);
        ScheduledThrough = decision.ScheduledThrough;
        return decision;
    }

    /// <summary>Triggers a manual run as the CLI would.</summary>
    public PipelineRunId Trigger()
    {
        var now = clock.GetUtcNow();
        var plan = RunSchedulePolicy.PlanTrigger(definition, View);
        foreach (var id in plan.Cancel)
        {
            active.RemoveAll(r => r.Id == id);
            Cancelled.Add(id);
        }
        var run = new PipelineRunId(Some.Name("manual"));
        active.Add(new ActiveRun(run, plan.Status, RunKind.Manual, now, now));
        return run;
    }

    public void Finish(PipelineRunId id) => active.RemoveAll(r => r.Id == id);

    public void FinishAll() => active.Clear();

    public void AdvanceTo(DateTimeOffset instant) => clock.Advance(instant - clock.GetUtcNow());
}

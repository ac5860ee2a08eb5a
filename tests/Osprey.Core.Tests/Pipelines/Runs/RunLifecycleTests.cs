using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Runs;

public sealed class RunLifecycleTests
{
    [Fact]
    public void Cancel_StopsEveryUnfinishedTaskAndKillsTries()
    {
        var definition = Pipelines.Build(p => p.Task("a", "shell").Task("b", "shell").Task("c", "shell", t => t.DependsOn("a", "b")));
        var run = new RunDriver(definition);
        run.Succeed("a");
        run.Start("b");

        var step = run.Apply(new CancelRequested(run.Clock.GetUtcNow(), "replaced by a newer run"));

        Assert.Equal(PipelineRunStatus.Cancelled, step.RunChange!.To);
        Assert.Equal("replaced by a newer run", step.RunChange.Reason);
        Assert.Equal([TaskState.Success, TaskState.Cancelled, TaskState.Cancelled], new[] { "a", "b", "c" }.Select(run.StateOf));
        Assert.Equal([new TaskAttempt("b", 1)], step.ToKill);
        Assert.True(run.Apply(new TaskEnded("b", 1, TaskOutcome.Succeeded, run.Clock.GetUtcNow())).IsEmpty);
    }

    [Fact]
    public void ClearFailedOnly_ResetsFailedAndDownstreamWithFreshRetries()
    {
        var definition = Pipelines.Build(p => p
            .Task("ok", "shell")
            .Task("flaky", "shell", t => t.DependsOn("ok").Retries(1).RetryDelay(TimeSpan.Zero))
            .Task("after", "shell", t => t.DependsOn("flaky")));
        var run = new RunDriver(definition);
        run.Succeed("ok");
        run.Fail("flaky");
        run.Advance(TimeSpan.Zero);
        run.Fail("flaky");
        Assert.Equal(PipelineRunStatus.Failed, run.State.Status);

        var step = run.Apply(new ClearRequested(run.Clock.GetUtcNow(), [], FailedOnly: true));

        Assert.Equal(new[] { PipelineRunStatus.Failed, PipelineRunStatus.Running }, new[] { step.RunChange!.From, step.RunChange.To });
        Assert.Equal(TaskState.Success, run.StateOf("ok"));
        Assert.Equal(TaskState.Queued, run.StateOf("flaky"));
        Assert.Equal(TaskState.None, run.StateOf("after"));
        Assert.Equal(3, step.Dispatches.Single().TryNumber);
        Assert.Equal(4, run["flaky"].MaxTries);
        Assert.Null(run.State.EndedAt);
        run.Succeed("flaky");
        run.Succeed("after");
        Assert.Equal(PipelineRunStatus.Success, run.State.Status);
    }

    [Fact]
    public void ClearBranchChild_ReappliesTheBranchDecision()
    {
        var definition = Pipelines.Build(p => p
            .Task("up", "shell")
            .Task("gate", "branch", t => t.Choose("true", "chosen"))
            .Task("chosen", "shell", t => t.DependsOn("gate"))
            .Task("other", "shell", t => t.DependsOn("gate", "up").TriggerRule(TriggerRule.AllDone)));
        var run = new RunDriver(definition);
        run.Fail("up");
        run.Succeed("chosen");

        run.Apply(new ClearRequested(run.Clock.GetUtcNow(), ["up"]));

        Assert.Equal(TaskState.Queued, run.StateOf("up"));
        Assert.Equal(TaskState.Skipped, run.StateOf("other"));
        Assert.Equal("branch gate chose chosen", run["other"].Message);
    }

    [Fact]
    public void Restore_FromStoredInstances_ContinuesExactlyLikeTheOriginal()
    {
        var definition = Pipelines.Chain(t => t.Retries(1).RetryDelay(TimeSpan.FromMinutes(3)));
        var run = new RunDriver(definition);
        run.Succeed("a");
        run.Fail("b");

        var original = run.State;
        var restored = PipelineRunState.Restore(definition, original.Context, original.Status, original.StartedAt, original.EndedAt, original.Tasks);
        var later = new TimePassed(run.Clock.GetUtcNow().AddMinutes(3));

        Assert.Equal(original.NextWakeAt(), restored.NextWakeAt());
        Assert.Equal(Describe(original.Apply(later)), Describe(restored.Apply(later)));
    }

    [Fact]
    public void Restore_TaskAddedSinceTheRunStarted_StartsAsNotJudged()
    {
        var definition = Pipelines.Chain();
        var run = new RunDriver(definition);

        var restored = PipelineRunState.Restore(definition, run.State.Context, run.State.Status, run.State.StartedAt, null, run.State.Tasks.Where(t => t.TaskId != "c"));

        Assert.Equal(TaskState.None, restored["c"].State);
        Assert.Throws<OspreyException>(() => restored["zz"]);
    }

    [Fact]
    public void QueuedRun_IgnoresTaskEventsButCanBeCancelled()
    {
        var definition = Pipelines.Chain();
        var run = new RunDriver(definition);
        var queued = PipelineRunState.Restore(definition, run.State.Context, PipelineRunStatus.Queued, null, null, []);
        var now = run.Clock.GetUtcNow();

        Assert.True(queued.Apply(new TimePassed(now)).IsEmpty);
        var cancelled = queued.Apply(new CancelRequested(now, "forbidden overlap"));

        Assert.Equal(PipelineRunStatus.Cancelled, cancelled.RunChange!.To);
        Assert.Equal(now, cancelled.State.EndedAt);
    }

    private static List<string> Describe(RunStep step) =>
        [.. step.Transitions.Select(t => $"{t} try {t.To.TryNumber} at {t.To.QueuedAt:O} settings {t.Dispatch?.Settings.GetRawText()}")];
}

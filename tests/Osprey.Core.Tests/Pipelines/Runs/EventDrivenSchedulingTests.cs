using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Runs;

public sealed class EventDrivenSchedulingTests
{
    [Fact]
    public void Start_Chain_QueuesOnlyTheRoot()
    {
        var run = new RunDriver(Pipelines.Chain());

        Assert.Equal(PipelineRunStatus.Running, run.State.Status);
        Assert.Equal(new RunStatusChange(PipelineRunStatus.Queued, PipelineRunStatus.Running, run.Clock.GetUtcNow(), null), run.Last.RunChange);
        Assert.Equal(["a"], run.Last.Dispatches.Select(d => d.TaskId));
        Assert.Equal(1, run.Last.Dispatches.Single().TryNumber);
        Assert.Equal(TaskState.None, run.StateOf("b"));
    }

    [Fact]
    public void TaskEnded_Success_QueuesOnlyDirectChildren()
    {
        var definition = Pipelines.Build(p => p
            .Task("root", "shell")
            .Task("left", "shell", t => t.DependsOn("root"))
            .Task("right", "shell", t => t.DependsOn("root"))
            .Task("grandchild", "shell", t => t.DependsOn("left")));
        var run = new RunDriver(definition);

        var step = run.Succeed("root");

        Assert.Equal(["left", "right"], step.Dispatches.Select(d => d.TaskId));
        Assert.Equal(TaskState.None, run.StateOf("grandchild"));
        Assert.Equal(["root: running → success", "left: none → queued", "right: none → queued"], step.Transitions.Select(t => t.ToString()));
    }

    [Fact]
    public void Join_AllSuccess_WaitsForEveryParent()
    {
        var definition = Pipelines.Build(p => p
            .Task("a", "shell").Task("b", "shell")
            .Task("join", "shell", t => t.DependsOn("a", "b")));
        var run = new RunDriver(definition);

        run.Succeed("a");
        Assert.Equal(TaskState.None, run.StateOf("join"));

        run.Succeed("b");
        Assert.Equal(TaskState.Queued, run.StateOf("join"));
    }

    [Fact]
    public void Failure_PropagatesUpstreamFailedDownTheChain()
    {
        var run = new RunDriver(Pipelines.Chain());

        var step = run.Fail("a");

        Assert.Equal(TaskState.Failed, run.StateOf("a"));
        Assert.Equal(TaskState.UpstreamFailed, run.StateOf("b"));
        Assert.Equal(TaskState.UpstreamFailed, run.StateOf("c"));
        Assert.Equal("trigger rule all_success cannot be met (parents: 1 failed)", run["b"].Message);
        Assert.Equal(PipelineRunStatus.Failed, step.RunChange!.To);
        Assert.Equal("c is upstream_failed", step.RunChange.Reason);
        Assert.Equal(run.Clock.GetUtcNow(), run.State.EndedAt);
    }

    [Fact]
    public void OneSuccess_FiresWithoutWaitingForOtherParents()
    {
        var definition = Pipelines.Build(p => p
            .Task("fast", "shell").Task("slow", "shell")
            .Task("first", "shell", t => t.DependsOn("fast", "slow").TriggerRule(TriggerRule.OneSuccess)));
        var run = new RunDriver(definition);
        run.Start("slow");

        run.Succeed("fast");

        Assert.Equal(TaskState.Queued, run.StateOf("first"));
        Assert.Equal(TaskState.Running, run.StateOf("slow"));
    }

    [Fact]
    public void OneFailed_NotifierRunsOnFailureAndIsSkippedOnSuccess()
    {
        var definition = Pipelines.Build(p => p
            .Task("work", "shell")
            .Task("alert", "notify", t => t.DependsOn("work").TriggerRule(TriggerRule.OneFailed)));

        var failing = new RunDriver(definition);
        failing.Fail("work");
        var succeeding = new RunDriver(definition);
        succeeding.Succeed("work");

        Assert.Equal(TaskState.Queued, failing.StateOf("alert"));
        Assert.Equal(TaskState.Skipped, succeeding.StateOf("alert"));
        Assert.Equal(PipelineRunStatus.Success, succeeding.State.Status);
    }

    [Fact]
    public void AllDone_CleanupRunsAfterFailureAndRunStillFailsOnFailedLeaf()
    {
        var definition = Pipelines.Build(p => p
            .Task("work", "shell")
            .Task("report", "shell", t => t.DependsOn("work"))
            .Task("cleanup", "shell", t => t.DependsOn("work").TriggerRule(TriggerRule.AllDone)));
        var run = new RunDriver(definition);

        run.Fail("work");
        Assert.Equal(TaskState.Queued, run.StateOf("cleanup"));
        run.Succeed("cleanup");

        Assert.Equal(PipelineRunStatus.Failed, run.State.Status);
        Assert.Equal("report is upstream_failed", run.Last.RunChange!.Reason);
    }

    [Fact]
    public void Always_RunsAtStartWhateverItsParents()
    {
        var definition = Pipelines.Build(p => p
            .Task("a", "shell")
            .Task("watchdog", "shell", t => t.DependsOn("a").TriggerRule(TriggerRule.Always)));

        var run = new RunDriver(definition);

        Assert.Equal(["a", "watchdog"], run.Last.Dispatches.Select(d => d.TaskId));
    }

    [Fact]
    public void RunSucceeds_WhenEveryLeafSucceeded()
    {
        var run = new RunDriver(Pipelines.Chain());

        run.Succeed("a");
        run.Succeed("b");
        var step = run.Succeed("c");

        Assert.Equal(PipelineRunStatus.Success, step.RunChange!.To);
        Assert.Null(step.WakeAt);
        Assert.True(run.State.IsFinished);
    }

    [Fact]
    public void WideFanOutFanIn_JoinRunsOnceAfterTheLastParent()
    {
        var definition = Pipelines.Build(p =>
        {
            p.Task("start", "shell");
            var middle = Enumerable.Range(0, 200).Select(i => $"m{i}").ToArray();
            foreach (var id in middle)
            {
                p.Task(id, "shell", t => t.DependsOn("start"));
            }
            p.Task("join", "shell", t => t.DependsOn(middle));
        });
        var run = new RunDriver(definition);

        var fanOut = run.Succeed("start");
        Assert.Equal(200, fanOut.Dispatches.Count());
        for (var i = 0; i < 199; i++)
        {
            run.Succeed($"m{i}");
        }
        Assert.Equal(TaskState.None, run.StateOf("join"));
        var last = run.Succeed("m199");

        Assert.Equal(["join"], last.Dispatches.Select(d => d.TaskId));
    }

    [Fact]
    public void LongChain_EachEndQueuesExactlyTheNextTask()
    {
        var definition = Pipelines.Build(p =>
        {
            p.Task("t0", "noop");
            for (var i = 1; i < 1000; i++)
            {
                var parent = $"t{i - 1}";
                p.Task($"t{i}", "noop", t => t.DependsOn(parent));
            }
        });
        var run = new RunDriver(definition);

        for (var i = 0; i < 999; i++)
        {
            var step = run.Succeed($"t{i}");
            Assert.Equal($"t{i + 1}", Assert.Single(step.Dispatches).TaskId);
        }
        run.Succeed("t999");

        Assert.Equal(PipelineRunStatus.Success, run.State.Status);
    }
}

using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Runs;

public sealed class BranchAndConditionTests
{
    /// <summary>evaluate → gate (branch on f1) → register | notify_failure; join after both with the given rule.</summary>
    private static PipelineDefinition Gate(TriggerRule joinRule) => Pipelines.Build(p => p
        .Param("threshold", 0.7)
        .Task("evaluate", "evaluate")
        .Task("gate", "branch", t => t.DependsOn("evaluate")
            .Choose("{{ tasks.evaluate.outputs.f1 >= params.threshold }}", "register")
            .Otherwise("notify_failure"))
        .Task("register", "register", t => t.DependsOn("gate"))
        .Task("notify_failure", "notify", t => t.DependsOn("gate"))
        .Task("join", "notify", t => t.DependsOn("register", "notify_failure").TriggerRule(joinRule)));

    [Fact]
    public void Branch_ConditionHolds_RunsChosenChildAndSkipsTheOther()
    {
        var run = new RunDriver(Gate(TriggerRule.NoneFailedMinOneSuccess));

        var step = run.Succeed("evaluate", new { f1 = 0.81 });

        Assert.Equal(TaskState.Success, run.StateOf("gate"));
        Assert.Equal(["register"], run["gate"].Followed);
        Assert.Equal("[\"register\"]", run["gate"].Outputs!["follow"].GetRawText());
        Assert.Equal(TaskState.Queued, run.StateOf("register"));
        Assert.Equal(TaskState.Skipped, run.StateOf("notify_failure"));
        Assert.Equal("branch gate chose register", run["notify_failure"].Message);
        Assert.Equal(["register"], step.Dispatches.Select(d => d.TaskId));
    }

    [Fact]
    public void Branch_ConditionFails_TakesOtherwise()
    {
        var run = new RunDriver(Gate(TriggerRule.NoneFailedMinOneSuccess));

        run.Succeed("evaluate", new { f1 = 0.52 });

        Assert.Equal(TaskState.Skipped, run.StateOf("register"));
        Assert.Equal(TaskState.Queued, run.StateOf("notify_failure"));
    }

    [Fact]
    public void JoinAfterBranch_NoneFailedMinOneSuccess_RunsAfterTheChosenPath()
    {
        var run = new RunDriver(Gate(TriggerRule.NoneFailedMinOneSuccess));
        run.Succeed("evaluate", new { f1 = 0.81 });

        run.Succeed("register");

        Assert.Equal(TaskState.Queued, run.StateOf("join"));
    }

    [Fact]
    public void JoinAfterBranch_AllSuccess_IsSkippedBySkipPropagation()
    {
        var run = new RunDriver(Gate(TriggerRule.AllSuccess));

        run.Succeed("evaluate", new { f1 = 0.81 });

        // Airflow's classic pitfall: the skipped arm skips an all_success join at once, before the chosen arm finishes.
        Assert.Equal(TaskState.Skipped, run.StateOf("join"));
        Assert.Equal(TaskState.Queued, run.StateOf("register"));
        run.Succeed("register");
        Assert.Equal(PipelineRunStatus.Success, run.State.Status);
    }

    [Fact]
    public void JoinAfterBranch_ChosenPathFails_JoinIsUpstreamFailed()
    {
        var run = new RunDriver(Gate(TriggerRule.NoneFailedMinOneSuccess));
        run.Succeed("evaluate", new { f1 = 0.81 });

        run.Fail("register");

        Assert.Equal(TaskState.UpstreamFailed, run.StateOf("join"));
        Assert.Equal(PipelineRunStatus.Failed, run.State.Status);
    }

    [Fact]
    public void Branch_DirectChildDownstreamOfChosenChild_IsNotSkipped()
    {
        // gate → a → join and gate → join: choosing a must leave join to its trigger rule (Airflow keeps tasks downstream of the chosen ones).
        var definition = Pipelines.Build(p => p
            .Task("gate", "branch", t => t.Choose("true", "a"))
            .Task("a", "shell", t => t.DependsOn("gate"))
            .Task("join", "shell", t => t.DependsOn("gate", "a")));
        var run = new RunDriver(definition);

        Assert.Equal(TaskState.None, run.StateOf("join"));
        run.Succeed("a");
        Assert.Equal(TaskState.Queued, run.StateOf("join"));
    }

    [Fact]
    public void WorkerBranch_FollowOutput_ChoosesChildren()
    {
        var definition = Pipelines.Build(p => p
            .Task("pick", "shell", t => t.Branch())
            .Task("x", "shell", t => t.DependsOn("pick"))
            .Task("y", "shell", t => t.DependsOn("pick"))
            .Task("z", "shell", t => t.DependsOn("pick")));
        var run = new RunDriver(definition);

        Assert.True(run.Last.Dispatches.Single().ChoosesChildren);
        run.Succeed("pick", new { follow = new[] { "x", "z" } });

        Assert.Equal([TaskState.Queued, TaskState.Skipped, TaskState.Queued], new[] { "x", "y", "z" }.Select(run.StateOf));
    }

    [Theory]
    [InlineData(null, "must name the children to run in its output 'follow'")]
    [InlineData("nope", "names 'nope', which is not a direct child of pick")]
    [InlineData(3, "must be a task id or a list of task ids")]
    public void WorkerBranch_BadFollowOutput_FailsTheTry(object? follow, string expected)
    {
        var definition = Pipelines.Build(p => p
            .Task("pick", "shell", t => t.Branch())
            .Task("x", "shell", t => t.DependsOn("pick")));
        var run = new RunDriver(definition);

        run.Succeed("pick", follow is null ? new { other = 1 } : new { follow });

        Assert.Equal(TaskState.Failed, run.StateOf("pick"));
        Assert.Contains(expected, run["pick"].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_False_SkipsTaskAndPropagates()
    {
        var definition = Pipelines.Build(p => p
            .Param("retrain", false)
            .Task("train", "train", t => t.When("{{ params.retrain }}"))
            .Task("register", "register", t => t.DependsOn("train")));

        var run = new RunDriver(definition);

        Assert.Equal(TaskState.Skipped, run.StateOf("train"));
        Assert.Equal("when '{{ params.retrain }}' is false", run["train"].Message);
        Assert.Equal(TaskState.Skipped, run.StateOf("register"));
        Assert.Equal(PipelineRunStatus.Success, run.State.Status);
    }

    [Fact]
    public void When_ReadsUpstreamOutputs()
    {
        var definition = Pipelines.Build(p => p
            .Task("evaluate", "evaluate")
            .Task("promote", "promote", t => t.DependsOn("evaluate").When("{{ tasks.evaluate.outputs.f1 >= 0.7 and tasks.evaluate.outputs.model == 'gbdt' }}")));
        var run = new RunDriver(definition);

        run.Succeed("evaluate", new { f1 = 0.74, model = "gbdt" });

        Assert.Equal(TaskState.Queued, run.StateOf("promote"));
    }

    [Fact]
    public void When_TypeError_FailsTheTaskWithoutRetry()
    {
        var definition = Pipelines.Build(p => p
            .Task("evaluate", "evaluate")
            .Task("promote", "promote", t => t.DependsOn("evaluate").Retries(3).When("{{ tasks.evaluate.outputs.f1 >= 0.7 }}")));
        var run = new RunDriver(definition);

        run.Succeed("evaluate", new { f1 = "high" });

        Assert.Equal(TaskState.Failed, run.StateOf("promote"));
        Assert.Equal("when '{{ tasks.evaluate.outputs.f1 >= 0.7 }}': cannot order string 'high' against number 0.7", run["promote"].Message);
    }

    [Fact]
    public void TaskSkipsItself_ChildrenAreSkipped()
    {
        var run = new RunDriver(Pipelines.Chain());

        run.End("a", TaskOutcome.Skipped, "no new data");

        Assert.Equal(TaskState.Skipped, run.StateOf("a"));
        Assert.Equal("no new data", run["a"].Message);
        Assert.Equal(TaskState.Skipped, run.StateOf("c"));
    }
}

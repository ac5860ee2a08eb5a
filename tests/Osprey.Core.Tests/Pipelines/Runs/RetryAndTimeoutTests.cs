using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Runs;

public sealed class RetryAndTimeoutTests
{
    private static PipelineDefinition Single(Action<TaskBuilder> configure) => Pipelines.Build(p => p.Task("train", "train", configure));

    [Fact]
    public void FailedTry_WithRetriesLeft_WaitsTheDelayThenQueuesTheNextTry()
    {
        var run = new RunDriver(Single(t => t.Retries(2).RetryDelay(TimeSpan.FromMinutes(10))));
        var failedAt = run.Clock.GetUtcNow();

        var step = run.Fail("train");

        Assert.Equal(TaskState.UpForRetry, run.StateOf("train"));
        Assert.Equal(failedAt.AddMinutes(10), run["train"].RetryAt);
        Assert.Equal("try 1 of 3: exit code 1", run["train"].Message);
        Assert.Equal(failedAt.AddMinutes(10), step.WakeAt);

        Assert.True(run.Advance(TimeSpan.FromMinutes(9)).IsEmpty);
        var retry = run.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(TaskState.Queued, run.StateOf("train"));
        Assert.Equal(2, retry.Dispatches.Single().TryNumber);
    }

    [Fact]
    public void FailedTry_RetriesExhausted_FailsTheTaskAndRun()
    {
        var run = new RunDriver(Single(t => t.Retries(1).RetryDelay(TimeSpan.FromMinutes(1))));

        run.Fail("train");
        run.Advance(TimeSpan.FromMinutes(1));
        var step = run.Fail("train");

        Assert.Equal(TaskState.Failed, run.StateOf("train"));
        Assert.Equal("try 2 of 2: exit code 1", run["train"].Message);
        Assert.Equal(PipelineRunStatus.Failed, step.RunChange!.To);
    }

    [Fact]
    public void ExponentialBackoffWithJitter_FollowsThePolicyWithTheInjectedRandomness()
    {
        var policy = new Func<TaskBuilder, TaskBuilder>(t => t.Retries(5).RetryDelay(TimeSpan.FromMinutes(1))
            .ExponentialBackoff().Jitter(0.2).MaxRetryDelay(TimeSpan.FromMinutes(5)));
        var definition = Single(t => policy(t));
        var run = new RunDriver(definition, jitter: new RandomRetryJitter(new Random(42)));
        var expectedRandom = new Random(42);

        var waits = new List<TimeSpan>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failedAt = run.Clock.GetUtcNow();
            run.Fail("train");
            var wait = run["train"].RetryAt!.Value - failedAt;
            Assert.Equal(definition["train"].Retry.DelayAfter(attempt, expectedRandom.NextDouble()), wait);
            waits.Add(wait);
            run.Advance(wait);
        }

        // Base waits 1, 2, 4, 5 (capped), 5 minutes, each moved by at most ±20 % and never past the 5-minute cap.
        double[] bases = [1, 2, 4, 5, 5];
        for (var i = 0; i < waits.Count; i++)
        {
            Assert.InRange(waits[i].TotalMinutes, bases[i] * 0.8, Math.Min(bases[i] * 1.2, 5));
        }
        Assert.Equal(6, run["train"].TryNumber);
    }

    [Fact]
    public void HashJitter_IsRepeatableAndSpread()
    {
        var jitter = HashRetryJitter.Instance;
        var run = new PipelineRunId("run-1");

        var values = Enumerable.Range(1, 200).Select(i => jitter.Next(run, "train", i)).ToList();

        Assert.Equal(values[0], jitter.Next(run, "train", 1));
        Assert.NotEqual(values[0], jitter.Next(run, "evaluate", 1));
        Assert.All(values, v => Assert.InRange(v, 0, 0.9999999999));
        Assert.InRange(values.Average(), 0.4, 0.6);
    }

    [Theory]
    [InlineData(1, false, 0.5, 10)]
    [InlineData(3, false, 0.5, 10)]
    [InlineData(1, true, 0.5, 10)]
    [InlineData(2, true, 0.5, 20)]
    [InlineData(3, true, 0.5, 40)]
    [InlineData(8, true, 0.5, 60)]
    [InlineData(70, true, 0.5, 60)]
    [InlineData(1, true, 0.0, 9)]
    [InlineData(4, true, 0.999999, 60)]
    public void DelayAfter_Policy_BacksOffCapsAndJitters(int failedTry, bool backoff, double random, double expectedMinutes)
    {
        var policy = new RetryPolicy(10, TimeSpan.FromMinutes(10), backoff, TimeSpan.FromHours(1), 0.1);

        var delay = policy.DelayAfter(failedTry, random);

        Assert.Equal(expectedMinutes, delay.TotalMinutes, 3);
    }

    [Fact]
    public void ExecutionTimeout_RunningTooLong_KillsTheTryAndRetries()
    {
        var run = new RunDriver(Single(t => t.Retries(1).RetryDelay(TimeSpan.FromMinutes(5)).ExecutionTimeout(TimeSpan.FromMinutes(30))));
        var started = run.Start("train");
        Assert.Equal(run.Clock.GetUtcNow().AddMinutes(30), started.WakeAt);

        Assert.True(run.Advance(TimeSpan.FromMinutes(29)).IsEmpty);
        var timedOut = run.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal([new TaskAttempt("train", 1)], timedOut.ToKill);
        Assert.Equal(TaskState.UpForRetry, run.StateOf("train"));
        Assert.Equal("try 1 of 2: exceeded execution_timeout of 30m", run["train"].Message);
    }

    [Fact]
    public void ExecutionTimeout_LastTry_EndsTimedOut()
    {
        var run = new RunDriver(Single(t => t.ExecutionTimeout(TimeSpan.FromMinutes(30))));
        run.Start("train");

        var step = run.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(TaskState.TimedOut, run.StateOf("train"));
        Assert.Equal(PipelineRunStatus.Failed, step.RunChange!.To);
    }

    [Fact]
    public void WorkerReportsTimeout_CountsAsTimedOut()
    {
        var run = new RunDriver(Single(t => t.ExecutionTimeout(TimeSpan.FromMinutes(30))));

        run.End("train", TaskOutcome.TimedOut);

        Assert.Equal(TaskState.TimedOut, run.StateOf("train"));
        Assert.Equal("try 1 of 1: exceeded execution_timeout of 30m", run["train"].Message);
    }

    [Fact]
    public void LeaseLost_IsRetriedLikeAFailure()
    {
        var run = new RunDriver(Single(t => t.Retries(1).RetryDelay(TimeSpan.Zero)));

        run.End("train", TaskOutcome.Lost);

        Assert.Equal(TaskState.UpForRetry, run.StateOf("train"));
        Assert.Equal("try 1 of 2: the worker running it stopped renewing its lease", run["train"].Message);
        run.Advance(TimeSpan.Zero);
        Assert.Equal(TaskState.Queued, run.StateOf("train"));
    }

    [Fact]
    public void StaleEnd_FromAnEarlierTry_IsIgnored()
    {
        var run = new RunDriver(Single(t => t.Retries(1).RetryDelay(TimeSpan.FromMinutes(1)).ExecutionTimeout(TimeSpan.FromMinutes(5))));
        run.Start("train");
        run.Advance(TimeSpan.FromMinutes(5));
        run.Advance(TimeSpan.FromMinutes(1));

        // The first try's worker reports late, after its try timed out and the second try was queued.
        var late = run.Apply(new TaskEnded("train", 1, TaskOutcome.Succeeded, run.Clock.GetUtcNow()));

        Assert.True(late.IsEmpty);
        Assert.Equal(TaskState.Queued, run.StateOf("train"));
        Assert.Equal(2, run["train"].TryNumber);
    }

    [Fact]
    public void DagrunTimeout_FailsRunCancelsRunningAndSkipsTheRest()
    {
        var definition = Pipelines.Build(p => p
            .DagrunTimeout(TimeSpan.FromHours(2))
            .Task("a", "shell").Task("b", "shell", t => t.DependsOn("a")).Task("c", "shell", t => t.DependsOn("b")));
        var run = new RunDriver(definition);
        Assert.Equal(run.Clock.GetUtcNow().AddHours(2), run.Last.WakeAt);
        run.Succeed("a");
        run.Start("b");

        var step = run.Advance(TimeSpan.FromHours(2));

        Assert.Equal(PipelineRunStatus.Failed, step.RunChange!.To);
        Assert.Equal("the run exceeded dagrun_timeout of 2h", step.RunChange.Reason);
        Assert.Equal([TaskState.Success, TaskState.Cancelled, TaskState.Skipped], new[] { "a", "b", "c" }.Select(run.StateOf));
        Assert.Equal([new TaskAttempt("b", 1)], step.ToKill);
        Assert.Null(step.WakeAt);
    }
}

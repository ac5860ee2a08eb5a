using System.Diagnostics;
using System.Globalization;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Server.Tests.Pipelines;

/// <summary>Leases, retries on time, execution timeouts in the engine, and what a restarted runtime recovers — on a fake clock.</summary>
public sealed class LeaseAndRecoveryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    private static string OneTask(string settings = "") => $$"""
        tasks:
          work:
            type: noop
        {{settings}}
        """;

    [Fact]
    public async Task RetryDelay_FailedTry_IsQueuedAgainWhenTheDelayHasPassed()
    {
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("p", OneTask("    retries: 1\n    retry_delay: 10m")));
        await runtime.StartAsync();
        var run = await runtime.Service.TriggerAsync("p", null, CancellationToken.None);
        await runtime.CompleteAsync(Assert.Single(await runtime.ClaimAsync()), TaskOutcome.Failed);

        await runtime.AdvanceAsync(TimeSpan.FromMinutes(9));
        Assert.Equal(TaskState.UpForRetry, (await runtime.RunAsync(run.Id)).Tasks[0].State);
        Assert.Empty(await runtime.ClaimAsync());
        await runtime.AdvanceAsync(TimeSpan.FromMinutes(1));

        var retry = Assert.Single(await runtime.ClaimAsync());
        Assert.Equal(2, retry.Lease.TryNumber);
    }

    [Fact]
    public async Task Lease_WorkerStopsRenewing_TryIsLostAndTheTaskFailsWhenNoRetriesRemain()
    {
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("p", OneTask()));
        await runtime.StartAsync();
        var run = await runtime.Service.TriggerAsync("p", null, CancellationToken.None);
        var claim = Assert.Single(await runtime.ClaimAsync("other-machine/42/1"));

        await runtime.AdvanceAsync(TimeSpan.FromSeconds(25));
        Assert.Equal(TaskState.Running, (await runtime.RunAsync(run.Id)).Tasks[0].State);
        await runtime.AdvanceAsync(TimeSpan.FromSeconds(10));

        var record = await runtime.RunAsync(run.Id);
        Assert.Equal((PipelineRunStatus.Failed, TaskState.Failed), (record.Status, record.Tasks[0].State));
        Assert.Contains("stopped renewing its lease", record.Tasks[0].Message, StringComparison.Ordinal);
        Assert.False(await runtime.CompleteAsync(claim, TaskOutcome.Succeeded));
    }

    [Fact]
    public async Task Lease_Renewed_KeepsTheTryPastTheLeaseDuration()
    {
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("p", OneTask()));
        await runtime.StartAsync();
        var run = await runtime.Service.TriggerAsync("p", null, CancellationToken.None);
        var claim = Assert.Single(await runtime.ClaimAsync("other-machine/42/1"));

        for (var i = 0; i < 6; i++)
        {
            await runtime.AdvanceAsync(TimeSpan.FromSeconds(10));
            var beat = await runtime.Runtime.Gateway.HeartbeatAsync(new WorkerHeartbeat(claim.Lease.WorkerId, [claim.Lease], TimeSpan.Zero), CancellationToken.None);
            Assert.Empty(beat.Revoked);
        }

        Assert.Equal(TaskState.Running, (await runtime.RunAsync(run.Id)).Tasks[0].State);
        Assert.True(await runtime.CompleteAsync(claim, TaskOutcome.Succeeded));
        Assert.Equal(PipelineRunStatus.Success, (await runtime.RunAsync(run.Id)).Status);
    }

    [Fact]
    public async Task Sweep_WorkerProcessOnThisMachineIsGone_TryIsLostAtOnceAndRetried()
    {
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("p", OneTask("    retries: 1\n    retry_delay: 0s")));
        await runtime.StartAsync();
        var run = await runtime.Service.TriggerAsync("p", null, CancellationToken.None);
        Assert.Single(await runtime.ClaimAsync(await GoneWorkerIdAsync()));

        await runtime.Runtime.SweepNowAsync(CancellationToken.None);
        await runtime.AdvanceAsync(TimeSpan.Zero);

        var retry = Assert.Single(await runtime.ClaimAsync());
        Assert.Equal((run.Id, 2), (retry.Lease.RunId, retry.Lease.TryNumber));
    }

    [Fact]
    public async Task ExecutionTimeout_TryRunsTooLong_EngineTimesItOutAndRevokesTheLease()
    {
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("p", OneTask("    execution_timeout: 1m")));
        await runtime.StartAsync();
        var run = await runtime.Service.TriggerAsync("p", null, CancellationToken.None);
        var claim = Assert.Single(await runtime.ClaimAsync("other-machine/42/1"));
        WorkerHeartbeatResult beat = null!;

        foreach (var step in new[] { 25, 25, 11 })
        {
            await runtime.AdvanceAsync(TimeSpan.FromSeconds(step));
            beat = await runtime.Runtime.Gateway.HeartbeatAsync(new WorkerHeartbeat(claim.Lease.WorkerId, [claim.Lease], TimeSpan.Zero), CancellationToken.None);
        }

        var record = await runtime.RunAsync(run.Id);
        Assert.Equal((PipelineRunStatus.Failed, TaskState.TimedOut), (record.Status, record.Tasks[0].State));
        Assert.Equal([(run.Id, "work", 1)], beat.Revoked.Select(l => (l.RunId, l.TaskId, l.TryNumber)));
    }

    [Fact]
    public async Task Restart_CompletionRecordedButNotApplied_IsAppliedAndTheRunGoesOn()
    {
        const string chain = "tasks:\n  a:\n    type: noop\n  b:\n    type: noop\n    depends_on: a\n";
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("chain", chain));
        await runtime.StartAsync();
        var run = await runtime.Service.TriggerAsync("chain", null, CancellationToken.None);
        var claim = Assert.Single(await runtime.ClaimAsync());
        // As if the scheduler died between storing the worker's report and applying it.
        Assert.True(await runtime.Stores.PipelineRuns.CompleteTryAsync(new TryCompletion(run.Id, "a", 1, claim.Lease.WorkerId, TaskOutcome.Succeeded,
            runtime.Clock.GetUtcNow(), null, null, null), CancellationToken.None));

        await runtime.RestartAsync();

        var record = await runtime.RunAsync(run.Id);
        Assert.Equal((TaskState.Success, TaskState.Queued), (record.Tasks[0].State, record.Tasks[1].State));
        Assert.Equal("b", Assert.Single(await runtime.ClaimAsync()).Lease.TaskId);
    }

    [Fact]
    public async Task Completions_ManyArrivingTogether_AreAllAppliedAndTheJoinRuns()
    {
        var fan = "tasks:\n  root:\n    type: noop\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"  w{i}:\n    type: noop\n    depends_on: root\n"))
            + $"  join:\n    type: noop\n    depends_on: [{string.Join(", ", Enumerable.Range(0, 40).Select(i => $"w{i}"))}]\n";
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("fan", fan));
        await runtime.StartAsync();
        var run = await runtime.Service.TriggerAsync("fan", null, CancellationToken.None);
        await runtime.CompleteAsync(Assert.Single(await runtime.ClaimAsync()), TaskOutcome.Succeeded);
        var middle = await runtime.ClaimAsync();

        var accepted = await Task.WhenAll(middle.Select((c, i) => runtime.CompleteAsync(c, TaskOutcome.Succeeded, new { i })));
        await runtime.CompleteAsync(Assert.Single(await runtime.ClaimAsync()), TaskOutcome.Succeeded);

        Assert.Equal(40, middle.Count);
        Assert.All(accepted, a => Assert.True(a));
        var record = await runtime.RunAsync(run.Id);
        Assert.Equal(PipelineRunStatus.Success, record.Status);
        Assert.Equal(Enumerable.Range(0, 40), record.Tasks.Where(t => t.TaskId.StartsWith('w')).Select(t => t.Outputs!["i"].GetInt32()).Order());
        Assert.Empty(await runtime.Stores.PipelineRuns.FindPendingCompletionsAsync(100, CancellationToken.None));
    }

    private static async Task<string> GoneWorkerIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var id = string.Create(CultureInfo.InvariantCulture,
            $"{Environment.MachineName}/{process.Id}/{process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond}");
        process.Kill();
        await process.WaitForExitAsync();
        return id;
    }
}

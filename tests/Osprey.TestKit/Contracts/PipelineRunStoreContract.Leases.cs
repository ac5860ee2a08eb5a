using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>Claims, leases and completions: the work queue workers share.</summary>
public abstract partial class PipelineRunStoreContract
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Claim_QueuedTries_LeasesEachOnceOldestFirstWithItsDispatch()
    {
        var stores = await OpenStoresAsync();
        var worker = Unique("worker");
        var first = await CreateStartedAsync(stores, FanOut(Unique("p")));
        var second = await CreateStartedAsync(stores, FanOut(Unique("p")));

        var claims = await ClaimAllAsync(stores, worker, [first.Id, second.Id]);
        var again = await ClaimAllAsync(stores, Unique("worker"), [first.Id, second.Id]);

        Assert.Equal([first.Id, second.Id], claims.Select(c => c.Lease.RunId));
        Assert.Empty(again);
        var claim = claims[0];
        Assert.Equal(("root", 1, worker, Now + Lease), (claim.Lease.TaskId, claim.Lease.TryNumber, claim.Lease.WorkerId, claim.Lease.ExpiresAt));
        Assert.Equal((first.Pipeline, "root", "noop", 1, false), (claim.Dispatch.Pipeline, claim.Dispatch.TaskId, claim.Dispatch.Type, claim.Dispatch.TryNumber, claim.Dispatch.ChoosesChildren));
        var stored = await stores.PipelineRuns.GetRunAsync(first.Id, None);
        Assert.Equal((worker, (DateTimeOffset?)Now), (stored.Tries[0].WorkerId, stored.Tries[0].StartedAt));
    }

    [Fact]
    public async Task Claim_WithTypes_TakesOnlyTriesOfThoseTypes()
    {
        var stores = await OpenStoresAsync();
        var definition = FanOut(Unique("p"));
        var (record, _) = await RootSucceededAsync(stores, definition);

        var shellOnly = await stores.PipelineRuns.ClaimAsync(new ClaimRequest(Unique("worker"), 100_000, Lease, Now, ["shell"]), None);

        var mine = shellOnly.Where(c => c.Lease.RunId == record.Id).ToList();
        Assert.Equal(["right"], mine.Select(c => c.Dispatch.TaskId));
        Assert.All(shellOnly, c => Assert.Equal("shell", c.Dispatch.Type));
    }

    [Fact]
    public async Task RenewAndComplete_HeldLease_SucceedUntilCompletedAndTheCompletionStaysPendingUntilApplied()
    {
        var stores = await OpenStoresAsync();
        var worker = Unique("worker");
        var record = await CreateStartedAsync(stores, FanOut(Unique("p")));
        var claim = Assert.Single(await ClaimAllAsync(stores, worker, [record.Id]));

        Assert.True(await stores.PipelineRuns.RenewLeaseAsync(claim.Lease, Now.AddMinutes(1), None));
        Assert.False(await stores.PipelineRuns.RenewLeaseAsync(claim.Lease with { WorkerId = Unique("other") }, Now.AddMinutes(1), None));
        var completion = new TryCompletion(record.Id, "root", 1, worker, TaskOutcome.Succeeded, Now.AddSeconds(5), Outputs(new { rows = 7 }), "done", "logs/p/r/root/1.log");
        Assert.False(await stores.PipelineRuns.CompleteTryAsync(completion with { WorkerId = Unique("other") }, None));
        Assert.True(await stores.PipelineRuns.CompleteTryAsync(completion, None));
        Assert.False(await stores.PipelineRuns.CompleteTryAsync(completion, None));
        Assert.False(await stores.PipelineRuns.RenewLeaseAsync(claim.Lease, Now.AddMinutes(2), None));

        var pending = Assert.Single(await PendingAsync(stores, record.Id));
        Assert.Equal((TaskOutcome.Succeeded, 7, "done", "logs/p/r/root/1.log"), (pending.Outcome, pending.Outputs!["rows"].GetInt32(), pending.Message, pending.LogPath));

        var state = record.Restore(FanOut(record.Pipeline));
        var started = state.Apply(new TaskStarted("root", 1, Now));
        var version = await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, record.Version, started), None);
        var ended = started.State.Apply(pending.ToEvent());
        await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, version, ended, [new TaskAttempt("root", 1)]), None);

        Assert.Empty(await PendingAsync(stores, record.Id));
        var tried = (await stores.PipelineRuns.GetRunAsync(record.Id, None)).Tries[0];
        Assert.Equal((TaskOutcome.Succeeded, (DateTimeOffset?)Now.AddSeconds(5), "logs/p/r/root/1.log"), (tried.Outcome!.Value, tried.EndedAt, tried.LogPath));
    }

    [Fact]
    public async Task FindExpiredLeases_ReturnsOnlyLeasesPastTheirExpiry()
    {
        var stores = await OpenStoresAsync();
        var worker = Unique("worker");
        var expired = await CreateStartedAsync(stores, FanOut(Unique("p")));
        var renewed = await CreateStartedAsync(stores, FanOut(Unique("p")));
        var claims = await ClaimAllAsync(stores, worker, [expired.Id, renewed.Id]);
        await stores.PipelineRuns.RenewLeaseAsync(claims[1].Lease, Now.AddHours(1), None);

        var found = await stores.PipelineRuns.FindExpiredLeasesAsync(Now + Lease + TimeSpan.FromSeconds(1), 10_000, None);

        var lease = Assert.Single(found, l => l.RunId == expired.Id);
        Assert.DoesNotContain(found, l => l.RunId == renewed.Id);
        Assert.Equal(("root", 1, worker, Now + Lease), (lease.TaskId, lease.TryNumber, lease.WorkerId, lease.ExpiresAt));
        Assert.DoesNotContain(await stores.PipelineRuns.FindExpiredLeasesAsync(Now, 10_000, None), l => l.RunId == expired.Id);
    }

    [Fact]
    public async Task Apply_LostLease_ClosesTheTryAndQueuesTheRetry()
    {
        var stores = await OpenStoresAsync();
        var definition = new PipelineBuilder(Unique("p")).Task("flaky", "noop", t => t.Retries(1).RetryDelay(TimeSpan.Zero)).Build().ValueOrThrow();
        var record = await CreateStartedAsync(stores, definition);
        var claim = Assert.Single(await ClaimAllAsync(stores, Unique("worker"), [record.Id]));
        var state = record.Restore(definition);
        var started = state.Apply(new TaskStarted("flaky", 1, Now));
        var version = await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, record.Version, started), None);

        var lost = started.State.Apply(claim.Lease.ToLostEvent(Now.AddMinutes(1)));
        version = await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, version, lost), None);
        var retry = lost.State.Apply(new TimePassed(Now.AddMinutes(1)));
        await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, version, retry), None);

        Assert.DoesNotContain(await stores.PipelineRuns.FindExpiredLeasesAsync(Now.AddDays(1), 10_000, None), l => l.RunId == record.Id);
        Assert.False(await stores.PipelineRuns.RenewLeaseAsync(claim.Lease, Now.AddHours(1), None));
        var next = Assert.Single(await ClaimAllAsync(stores, Unique("worker"), [record.Id]));
        Assert.Equal(2, next.Lease.TryNumber);
        var stored = await stores.PipelineRuns.GetRunAsync(record.Id, None);
        Assert.Equal([1, 2], stored.Tries.Select(t => t.TryNumber));
        Assert.Contains("stopped renewing its lease", stored.Tries[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apply_Cancel_ClosesQueuedAndLeasedTriesSoNoWorkerClaimsRenewsOrCompletesThem()
    {
        var stores = await OpenStoresAsync();
        var definition = FanOut(Unique("p"));
        var (record, state) = await RootSucceededAsync(stores, definition);
        var worker = Unique("worker");
        var leased = Assert.Single(await stores.PipelineRuns.ClaimAsync(new ClaimRequest(worker, 100_000, Lease, Now, ["shell"]), None), c => c.Lease.RunId == record.Id);

        var cancel = state.Apply(new CancelRequested(Now.AddMinutes(1), "stop"));
        await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, (await stores.PipelineRuns.GetRunAsync(record.Id, None)).Version, cancel), None);

        Assert.Empty(await ClaimAllAsync(stores, Unique("worker"), [record.Id]));
        Assert.False(await stores.PipelineRuns.RenewLeaseAsync(leased.Lease, Now.AddHours(1), None));
        Assert.False(await stores.PipelineRuns.CompleteTryAsync(
            new TryCompletion(record.Id, "right", 1, worker, TaskOutcome.Succeeded, Now, null, null, null), None));
        var stored = await stores.PipelineRuns.GetRunAsync(record.Id, None);
        Assert.Equal(PipelineRunStatus.Cancelled, stored.Status);
        Assert.All(stored.Tries.Where(t => t.TaskId != "root"), t => Assert.Equal((DateTimeOffset?)Now.AddMinutes(1), t.EndedAt));
    }

    private static async Task<PipelineRunRecord> CreateStartedAsync(Core.WorkspaceStores stores, PipelineDefinition definition) =>
        await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(StartRun(definition), "d", null), None);

    /// <summary>Creates a run and applies root's start and success, leaving left and right queued.</summary>
    private static async Task<(PipelineRunRecord Record, PipelineRunState State)> RootSucceededAsync(Core.WorkspaceStores stores, PipelineDefinition definition)
    {
        var start = StartRun(definition);
        var record = await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(start, "d", null), None);
        var started = start.State.Apply(new TaskStarted("root", 1, Now));
        var version = await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, record.Version, started), None);
        var ended = started.State.Apply(new TaskEnded("root", 1, TaskOutcome.Succeeded, Now));
        await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, version, ended), None);
        return (record, ended.State);
    }

    /// <summary>Claims everything claimable (other tests' tries included) and returns the claims of the given runs, in claim order.</summary>
    private static async Task<List<TaskClaim>> ClaimAllAsync(Core.WorkspaceStores stores, string worker, IReadOnlyList<PipelineRunId> runs) =>
        [.. (await stores.PipelineRuns.ClaimAsync(new ClaimRequest(worker, 100_000, Lease, Now), None)).Where(c => runs.Contains(c.Lease.RunId))];

    private static async Task<List<TryCompletion>> PendingAsync(Core.WorkspaceStores stores, PipelineRunId run) =>
        [.. (await stores.PipelineRuns.FindPendingCompletionsAsync(100_000, None)).Where(c => c.RunId == run)];
}

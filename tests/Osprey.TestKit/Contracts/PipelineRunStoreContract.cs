using System.Text.Json;
using Osprey.Core;
using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>The behaviour every <see cref="IPipelineRunStore"/> must show: runs and steps here, leases and claims in the other parts.</summary>
public abstract partial class PipelineRunStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>A whole-second instant, so stores that keep milliseconds give back exactly what was written.</summary>
    protected static readonly DateTimeOffset Now = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task CreateRun_Started_ReturnsTheRunWithEveryTaskAndItsFirstQueuedTry()
    {
        var stores = await OpenStoresAsync();
        var start = StartRun(FanOut(Unique("p")));

        var record = await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(start, "digest-1", null), None);

        Assert.Equal((PipelineRunStatus.Running, "digest-1", Now, (DateTimeOffset?)Now, (DateTimeOffset?)null), (record.Status, record.DefinitionDigest, record.CreatedAt, record.StartedAt, record.EndedAt));
        Assert.Equal(["root", "left", "right", "join"], record.Tasks.Select(t => t.TaskId));
        Assert.Equal([TaskState.Queued, TaskState.None, TaskState.None, TaskState.None], record.Tasks.Select(t => t.State));
        Assert.Equal(Describe(start.State.Tasks), Describe(record.Tasks));
        var queued = Assert.Single(record.Tries);
        Assert.Equal(("root", 1, (string?)null, (TaskOutcome?)null), (queued.TaskId, queued.TryNumber, queued.WorkerId, queued.Outcome));
        Assert.Equal(0.7, record.Params["threshold"].GetDouble());
        Assert.Equal(Describe(start.State.Tasks), Describe((await stores.PipelineRuns.GetRunAsync(record.Id, None)).Tasks));
    }

    [Fact]
    public async Task CreateRun_SecondScheduledRunForTheSameLogicalDate_ThrowsAlreadyExistsButManualRunsMayRepeat()
    {
        var stores = await OpenStoresAsync();
        var definition = FanOut(Unique("p"));
        var interval = new DataInterval(Now.AddDays(-1), Now);
        await stores.PipelineRuns.CreateRunAsync(Queued(definition, RunKind.Scheduled, interval), None);

        await AssertFailsAsync(ErrorCode.AlreadyExists, () => stores.PipelineRuns.CreateRunAsync(Queued(definition, RunKind.Scheduled, interval), None));
        await stores.PipelineRuns.CreateRunAsync(Queued(definition, RunKind.Manual, interval), None);
        await stores.PipelineRuns.CreateRunAsync(Queued(definition, RunKind.Manual, interval), None);

        Assert.Equal(3, (await stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(definition.Name), None)).Count);
    }

    [Fact]
    public async Task GetRun_Unknown_ThrowsNotFound()
    {
        var stores = await OpenStoresAsync();

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.PipelineRuns.GetRunAsync(PipelineRunId.New(), None));
    }

    [Fact]
    public async Task Apply_Steps_PersistTransitionsOutputsAndRunStatusAndBumpTheVersion()
    {
        var stores = await OpenStoresAsync();
        var definition = FanOut(Unique("p"));
        var start = StartRun(definition);
        var record = await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(start, "d", null), None);
        var state = start.State;
        var version = record.Version;

        foreach (var ev in new RunEvent[]
        {
            new TaskStarted("root", 1, Now.AddSeconds(1)),
            new TaskEnded("root", 1, TaskOutcome.Succeeded, Now.AddSeconds(2), Outputs(new { rows = 42, name = "x" })),
        })
        {
            var step = state.Apply(ev);
            var next = await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, version, step), None);
            Assert.Equal(version + 1, next);
            (state, version) = (step.State, next);
        }

        var stored = await stores.PipelineRuns.GetRunAsync(record.Id, None);
        Assert.Equal(version, stored.Version);
        Assert.Equal(Describe(state.Tasks), Describe(stored.Tasks));
        Assert.Equal(42, stored.Tasks[0].Outputs!["rows"].GetInt32());
        Assert.Equal(["root", "left", "right"], stored.Tries.Select(t => t.TaskId));
        Assert.Equal(Describe(state.Tasks), Describe(stored.Restore(definition).Tasks));
    }

    [Fact]
    public async Task Apply_RunEnds_RecordsStatusReasonAndEndTime()
    {
        var stores = await OpenStoresAsync();
        var definition = new PipelineBuilder(Unique("p")).Task("only", "noop").Build().ValueOrThrow();
        var start = StartRun(definition);
        var record = await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(start, "d", null), None);

        var step = start.State.Apply(new TaskEnded("only", 1, TaskOutcome.Failed, Now.AddMinutes(1), Message: "exit code 3"));
        await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, record.Version, step), None);

        var stored = await stores.PipelineRuns.GetRunAsync(record.Id, None);
        Assert.Equal((PipelineRunStatus.Failed, (DateTimeOffset?)Now.AddMinutes(1)), (stored.Status, stored.EndedAt));
        Assert.Contains("only is failed", stored.StatusReason, StringComparison.Ordinal);
        Assert.Equal(PipelineRunStatus.Failed, Assert.Single(await stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(definition.Name), None)).Status);
    }

    [Fact]
    public async Task Apply_StaleVersion_ThrowsConflictAndWritesNothing()
    {
        var stores = await OpenStoresAsync();
        var start = StartRun(FanOut(Unique("p")));
        var record = await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(start, "d", null), None);
        var first = start.State.Apply(new TaskStarted("root", 1, Now));
        await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, record.Version, first), None);

        var cancel = start.State.Apply(new CancelRequested(Now, "stale"));
        await AssertFailsAsync(ErrorCode.Conflict, () => stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, record.Version, cancel), None));

        var stored = await stores.PipelineRuns.GetRunAsync(record.Id, None);
        Assert.Equal((PipelineRunStatus.Running, TaskState.Running, record.Version + 1), (stored.Status, stored.Tasks[0].State, stored.Version));
    }

    [Fact]
    public async Task Apply_TransitionFromAStateNoLongerStored_ThrowsConflictAndWritesNothing()
    {
        var stores = await OpenStoresAsync();
        var start = StartRun(FanOut(Unique("p")));
        var record = await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(start, "d", null), None);
        var started = start.State.Apply(new TaskStarted("root", 1, Now));
        var ended = started.State.Apply(new TaskEnded("root", 1, TaskOutcome.Succeeded, Now));

        // The end step says root goes running → success, but the store still has it queued: the started step was never written.
        await AssertFailsAsync(ErrorCode.Conflict, () => stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, record.Version, ended), None));

        var stored = await stores.PipelineRuns.GetRunAsync(record.Id, None);
        Assert.Equal((TaskState.Queued, record.Version, 1), (stored.Tasks[0].State, stored.Version, stored.Tries.Count));
    }

    [Fact]
    public async Task Apply_UnknownRun_ThrowsNotFound()
    {
        var stores = await OpenStoresAsync();
        var step = StartRun(FanOut(Unique("p")));

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.PipelineRuns.ApplyAsync(new RunStepWrite(PipelineRunId.New(), 1, step), None));
    }

    [Fact]
    public async Task Apply_StartOfAQueuedRun_MovesItToRunningAndQueuesItsRoots()
    {
        var stores = await OpenStoresAsync();
        var definition = FanOut(Unique("p"));
        var record = await stores.PipelineRuns.CreateRunAsync(Queued(definition, RunKind.Manual, new DataInterval(Now, Now)), None);
        Assert.Equal(PipelineRunStatus.Queued, record.Status);

        var start = PipelineRunState.Start(definition, record.Context, Now.AddMinutes(5));
        await stores.PipelineRuns.ApplyAsync(new RunStepWrite(record.Id, record.Version, start), None);

        var stored = await stores.PipelineRuns.GetRunAsync(record.Id, None);
        Assert.Equal((PipelineRunStatus.Running, (DateTimeOffset?)Now.AddMinutes(5)), (stored.Status, stored.StartedAt));
        Assert.Equal(TaskState.Queued, stored.Tasks[0].State);
        Assert.Equal("root", Assert.Single(stored.Tries).TaskId);
    }

    [Fact]
    public async Task ListRuns_FiltersByPipelineAndStatus_NewestFirstWithinTheLimit()
    {
        var stores = await OpenStoresAsync();
        var definition = FanOut(Unique("p"));
        var ids = new List<PipelineRunId>();
        for (var i = 0; i < 3; i++)
        {
            var run = NewPipelineRun.Queued(definition, Context(definition, RunKind.Manual, new DataInterval(Now, Now)), "d", Now.AddMinutes(i), null);
            ids.Add((await stores.PipelineRuns.CreateRunAsync(run, None)).Id);
        }
        await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(StartRun(definition), "d", null), None);

        var queued = await stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(definition.Name, [PipelineRunStatus.Queued], MaxResults: 2), None);
        var older = await stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(definition.Name, [PipelineRunStatus.Queued], CreatedBefore: Now.AddMinutes(1)), None);

        Assert.Equal([ids[2], ids[1]], queued.Select(r => r.Id));
        Assert.Equal([ids[0]], older.Select(r => r.Id));
        Assert.Equal(4, (await stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(definition.Name), None)).Count);
    }

    /// <summary>root → left, right → join (none_failed_min_one_success), with one parameter.</summary>
    protected static PipelineDefinition FanOut(string name) => new PipelineBuilder(name)
        .Param("threshold", 0.7)
        .Task("root", "noop")
        .Task("left", "noop", t => t.DependsOn("root"))
        .Task("right", "shell", t => t.DependsOn("root"))
        .Task("join", "noop", t => t.DependsOn("left", "right").TriggerRule(TriggerRule.NoneFailedMinOneSuccess))
        .Build().ValueOrThrow();

    protected static RunContext Context(PipelineDefinition definition, RunKind kind, DataInterval interval) =>
        RunContext.Create(definition, PipelineRunId.New(), kind, interval);

    protected static RunStep StartRun(PipelineDefinition definition, DateTimeOffset? at = null) =>
        PipelineRunState.Start(definition, Context(definition, RunKind.Manual, new DataInterval(at ?? Now, at ?? Now)), at ?? Now);

    protected static NewPipelineRun Queued(PipelineDefinition definition, RunKind kind, DataInterval interval, DateTimeOffset? through = null) =>
        NewPipelineRun.Queued(definition, Context(definition, kind, interval), "d", Now, through);

    protected static IReadOnlyDictionary<string, JsonElement> Outputs(object value) =>
        JsonSerializer.SerializeToElement(value).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    /// <summary>Renders instances as text so two lists compare by value (records hold dictionaries, which compare by reference).</summary>
    protected static string Describe(IEnumerable<TaskInstance> tasks) => string.Join("\n", tasks.Select(t =>
        $"{t.TaskId} {t.State.Name()} {t.TryNumber}/{t.MaxTries} q={t.QueuedAt:O} s={t.StartedAt:O} e={t.EndedAt:O} r={t.RetryAt:O} " +
        $"o={(t.Outputs is null ? "-" : JsonSerializer.Serialize(t.Outputs))} m={t.Message} f={(t.Followed is null ? "-" : string.Join(",", t.Followed))}"));
}

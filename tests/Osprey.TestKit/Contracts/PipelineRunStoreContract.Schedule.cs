using Osprey.Core;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>The per-pipeline schedule mark and the pipeline rows (<see cref="Core.Pipelines.Definitions.IPipelineStore"/>).</summary>
public abstract partial class PipelineRunStoreContract
{
    [Fact]
    public async Task GetScheduleView_UnseenPipeline_RegistersItAtNowWithNoMarkAndNoRuns()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("p");

        var view = await stores.PipelineRuns.GetScheduleViewAsync(name, Now, None);
        var later = await stores.PipelineRuns.GetScheduleViewAsync(name, Now.AddDays(1), None);

        Assert.Equal((null, Now, 0), (view.ScheduledThrough, view.Registered, view.Runs.Count));
        Assert.Equal(Now, later.Registered);
        Assert.Equal(Now, (await stores.Pipelines.FindAsync(name, None))!.RegisteredAt);
    }

    [Fact]
    public async Task CreateRun_WithScheduledThrough_MovesTheMarkAndListsTheRunAsActive()
    {
        var stores = await OpenStoresAsync();
        var definition = FanOut(Unique("p"));
        var interval = new DataInterval(Now.AddDays(-1), Now);
        var queued = await stores.PipelineRuns.CreateRunAsync(Queued(definition, RunKind.Scheduled, interval, through: Now), None);
        var running = await stores.PipelineRuns.CreateRunAsync(NewPipelineRun.Started(StartRun(definition), "d", null), None);

        var view = await stores.PipelineRuns.GetScheduleViewAsync(definition.Name, Now.AddHours(1), None);

        Assert.Equal(Now, view.ScheduledThrough);
        Assert.Equal(
            [new ActiveRun(queued.Id, PipelineRunStatus.Queued, RunKind.Scheduled, interval.Start, Now), new ActiveRun(running.Id, PipelineRunStatus.Running, RunKind.Manual, Now, Now)],
            view.Runs);
    }

    [Fact]
    public async Task RecordSkipped_MovesTheMarkForwardButNeverBack()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("p");
        await stores.PipelineRuns.GetScheduleViewAsync(name, Now, None);

        await stores.PipelineRuns.RecordSkippedAsync(name, Now.AddDays(2), [new DataInterval(Now, Now.AddDays(1)), new DataInterval(Now.AddDays(1), Now.AddDays(2))], None);
        await stores.PipelineRuns.RecordSkippedAsync(name, Now.AddDays(1), [], None);

        Assert.Equal(Now.AddDays(2), (await stores.PipelineRuns.GetScheduleViewAsync(name, Now, None)).ScheduledThrough);
    }

    [Fact]
    public async Task Pipelines_SaveFindListAndRemoveSource_KeepsTheRowAndItsMark()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("p");

        await stores.Pipelines.SaveSourceAsync(name, "name: a", Now, None);
        await stores.Pipelines.SaveSourceAsync(name, "name: b", Now.AddHours(1), None);
        var saved = await stores.Pipelines.FindAsync(name, None);
        await stores.Pipelines.RemoveSourceAsync(name, None);

        Assert.Equal(new Core.Pipelines.Definitions.PipelineRecord(name, "name: b", false, Now, null), saved);
        Assert.Contains(await stores.Pipelines.ListAsync(None), p => p.Name == name && p.Source is null);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Pipelines.RemoveSourceAsync(name, None));
        Assert.Null(await stores.Pipelines.FindAsync(Unique("missing"), None));
    }

    [Fact]
    public async Task Pipelines_PauseThenUnpause_UnpausingRegistersThePipelineAgain()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("p");

        await stores.Pipelines.SetPausedAsync(name, true, Now, None);
        var paused = await stores.Pipelines.FindAsync(name, None);
        await stores.Pipelines.SetPausedAsync(name, true, Now.AddHours(1), None);
        await stores.Pipelines.SetPausedAsync(name, false, Now.AddHours(2), None);
        await stores.Pipelines.SetPausedAsync(name, false, Now.AddHours(3), None);
        var unpaused = await stores.Pipelines.FindAsync(name, None);

        Assert.Equal((true, Now), (paused!.Paused, paused.RegisteredAt));
        Assert.Equal((false, Now.AddHours(2)), (unpaused!.Paused, unpaused.RegisteredAt));
        Assert.Equal(Now.AddHours(2), (await stores.PipelineRuns.GetScheduleViewAsync(name, Now, None)).Registered);
    }
}

using Osprey.Core;
using Osprey.Core.Tracking;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>The behaviour every <see cref="IRunStore"/> must show for run attributes, lifecycle, tags and inputs.</summary>
public abstract partial class RunStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Create_WithTags_ReturnsAndStoresARunningRun()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var id = RunId.New();
        var request = new NewRun(id, experiment, "brave-owl", "alice", T0 + 5, "file:///a/1", [new Tag("b", "1"), new Tag("a", "x"), new Tag("b", "2")]);

        var created = await stores.Runs.CreateAsync(request, None);
        var loaded = await stores.Runs.GetAsync(id, None);

        var expected = new RunInfo(id, experiment, "brave-owl", "alice", RunStatus.Running, T0 + 5, null, "file:///a/1", LifecycleStage.Active);
        Assert.Equal(expected, created.Info);
        Assert.Equal(expected, loaded.Info);
        Assert.Equal([new Tag("a", "x"), new Tag("b", "2")], created.Tags);
        Assert.Equal([new Tag("a", "x"), new Tag("b", "2")], loaded.Tags);
        Assert.Empty(loaded.Metrics);
        Assert.Empty(loaded.Params);
        Assert.Empty(loaded.Inputs);
    }

    [Fact]
    public async Task Create_InUnknownOrDeletedExperimentOrWithTakenId_Fails()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var existing = await NewRunAsync(stores, experiment);
        var deleted = await NewExperimentAsync(stores);
        await stores.Experiments.SetLifecycleStageAsync(deleted, LifecycleStage.Deleted, T0, None);

        await AssertFailsAsync(ErrorCode.NotFound, () => NewRunAsync(stores, new ExperimentId(987_654_324)));
        await AssertFailsAsync(ErrorCode.InvalidState, () => NewRunAsync(stores, deleted));
        await AssertFailsAsync(ErrorCode.AlreadyExists,
            () => stores.Runs.CreateAsync(new NewRun(existing, experiment, "again", "bob", T0, "file:///b", []), None));
    }

    [Fact]
    public async Task Get_UnknownRun_ThrowsNotFoundNamingTheId()
    {
        var stores = await OpenStoresAsync();
        var id = RunId.New();

        var failure = await AssertFailsAsync(ErrorCode.NotFound, () => stores.Runs.GetAsync(id, None));
        Assert.Contains(id.Value, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_SomeMembers_ChangesThoseAndKeepsTheRest()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores), name: "first-name");

        var finished = await stores.Runs.UpdateAsync(run, new RunUpdate(RunStatus.Finished, T0 + 100, null), None);
        var renamed = await stores.Runs.UpdateAsync(run, new RunUpdate(null, null, "second-name"), None);
        var loaded = await stores.Runs.GetAsync(run, None);

        Assert.Equal((RunStatus.Finished, (long?)(T0 + 100), "first-name"), (finished.Status, finished.EndTime, finished.RunName));
        Assert.Equal((RunStatus.Finished, (long?)(T0 + 100), "second-name"), (renamed.Status, renamed.EndTime, renamed.RunName));
        Assert.Equal(renamed, loaded.Info);
    }

    [Fact]
    public async Task Update_UnknownOrDeletedRun_Fails()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));
        await stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Deleted, None);

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Runs.UpdateAsync(RunId.New(), new RunUpdate(RunStatus.Failed, null, null), None));
        var failure = await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Runs.UpdateAsync(run, new RunUpdate(RunStatus.Failed, null, null), None));
        Assert.Contains(run.Value, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetLifecycleStage_DeleteAndRestore_MovesTheRunAndRefusesRepeats()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));

        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Active, None));
        await stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Deleted, None);
        var deleted = await stores.Runs.GetAsync(run, None);
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Deleted, None));
        await stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Active, None);
        var restored = await stores.Runs.GetAsync(run, None);

        Assert.Equal(LifecycleStage.Deleted, deleted.Info.LifecycleStage);
        Assert.Equal(LifecycleStage.Active, restored.Info.LifecycleStage);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Runs.SetLifecycleStageAsync(RunId.New(), LifecycleStage.Deleted, None));
    }

    [Fact]
    public async Task SetLifecycleStage_RestoreInDeletedExperiment_ThrowsInvalidState()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, experiment);
        await stores.Experiments.SetLifecycleStageAsync(experiment, LifecycleStage.Deleted, T0, None);

        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Active, None));
    }

    [Fact]
    public async Task DeleteTag_ExistingThenAgain_RemovesThenThrowsNotFound()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores), tags: [new Tag("keep", "1"), new Tag("drop", "2")]);

        await stores.Runs.DeleteTagAsync(run, "drop", None);
        var loaded = await stores.Runs.GetAsync(run, None);

        Assert.Equal([new Tag("keep", "1")], loaded.Tags);
        var failure = await AssertFailsAsync(ErrorCode.NotFound, () => stores.Runs.DeleteTagAsync(run, "drop", None));
        Assert.Contains("drop", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteTag_DeletedRun_ThrowsInvalidState()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores), tags: [new Tag("k", "v")]);
        await stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Deleted, None);

        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Runs.DeleteTagAsync(run, "k", None));
    }

    [Fact]
    public async Task LogInputs_SameDataSetTwiceAndFromTwoRuns_RecordsEachInputOnce()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var first = await NewRunAsync(stores, experiment);
        var second = await NewRunAsync(stores, experiment);
        var train = new Dataset("churn", "d1g3st", "local", "file:///data/churn.csv", "{\"cols\":3}", null);
        var input = new DatasetInput(train, [new Tag("mlflow.data.context", "training")]);

        await stores.Runs.LogInputsAsync(first, [input], None);
        await stores.Runs.LogInputsAsync(first, [input], None);
        await stores.Runs.LogInputsAsync(second, [input, new DatasetInput(train with { Digest = "other" }, [])], None);
        var firstRun = await stores.Runs.GetAsync(first, None);
        var secondRun = await stores.Runs.GetAsync(second, None);

        var only = Assert.Single(firstRun.Inputs);
        Assert.Equal(train, only.Dataset);
        Assert.Equal([new Tag("mlflow.data.context", "training")], only.Tags);
        Assert.Equal(["d1g3st", "other"], secondRun.Inputs.Select(i => i.Dataset.Digest));
    }

    [Fact]
    public async Task LogInputs_DeletedOrUnknownRun_Fails()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));
        await stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Deleted, None);
        var input = new DatasetInput(new Dataset("d", "1", "local", "file:///d", null, null), []);

        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Runs.LogInputsAsync(run, [input], None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Runs.LogInputsAsync(RunId.New(), [input], None));
    }
}

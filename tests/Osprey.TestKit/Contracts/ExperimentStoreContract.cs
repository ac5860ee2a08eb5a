using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>The behaviour every <see cref="IExperimentStore"/> must show.</summary>
public abstract partial class ExperimentStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Create_WithTags_GetReturnsItWithIdInArtifactLocation()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("exp");

        var id = await stores.Experiments.CreateAsync(name, "s3://bucket/{id}/artifacts", [new Tag("team", "ds"), new Tag("a", "1")], T0, None);
        var experiment = await stores.Experiments.GetAsync(id, None);

        Assert.Equal(name, experiment.Name);
        Assert.Equal($"s3://bucket/{id}/artifacts", experiment.ArtifactLocation);
        Assert.Equal(LifecycleStage.Active, experiment.LifecycleStage);
        Assert.Equal(T0, experiment.CreationTime);
        Assert.Equal(T0, experiment.LastUpdateTime);
        Assert.Equal([new Tag("a", "1"), new Tag("team", "ds")], experiment.Tags);
    }

    [Fact]
    public async Task Create_Twice_GivesDistinctIncreasingIds()
    {
        var stores = await OpenStoresAsync();

        var first = await NewExperimentAsync(stores);
        var second = await NewExperimentAsync(stores);

        Assert.True(second.Value > first.Value);
        Assert.True(first.Value > ExperimentId.Default.Value);
    }

    [Fact]
    public async Task Create_TakenName_ThrowsAlreadyExists()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("exp");
        await stores.Experiments.CreateAsync(name, "file:///a", [], T0, None);

        var failure = await AssertFailsAsync(ErrorCode.AlreadyExists, () => stores.Experiments.CreateAsync(name, "file:///b", [], T0, None));
        Assert.Contains(name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_NameOfDeletedExperiment_ThrowsAlreadyExists()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("exp");
        var id = await stores.Experiments.CreateAsync(name, "file:///a", [], T0, None);
        await stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Deleted, T0 + 1, None);

        await AssertFailsAsync(ErrorCode.AlreadyExists, () => stores.Experiments.CreateAsync(name, "file:///b", [], T0, None));
    }

    [Fact]
    public async Task Get_DefaultExperiment_IsNamedDefault()
    {
        var stores = await OpenStoresAsync();

        var experiment = await stores.Experiments.GetAsync(ExperimentId.Default, None);

        Assert.Equal("Default", experiment.Name);
        Assert.Equal("mlflow-artifacts:/0", experiment.ArtifactLocation);
    }

    [Fact]
    public async Task Get_UnknownId_ThrowsNotFoundNamingTheId()
    {
        var stores = await OpenStoresAsync();

        var failure = await AssertFailsAsync(ErrorCode.NotFound, () => stores.Experiments.GetAsync(new ExperimentId(987_654_321), None));
        Assert.Contains("987654321", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindByName_ExistingAndMissing_ReturnsExperimentOrNull()
    {
        var stores = await OpenStoresAsync();
        var id = await NewExperimentAsync(stores, [new Tag("k", "v")]);
        var name = (await stores.Experiments.GetAsync(id, None)).Name;

        var found = await stores.Experiments.FindByNameAsync(name, None);
        var missing = await stores.Experiments.FindByNameAsync(Unique("missing"), None);

        Assert.Equal(id, found?.Id);
        Assert.Equal([new Tag("k", "v")], found?.Tags);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Rename_FreeName_ChangesNameAndUpdateTime()
    {
        var stores = await OpenStoresAsync();
        var id = await NewExperimentAsync(stores);
        var newName = Unique("renamed");

        await stores.Experiments.RenameAsync(id, newName, T0 + 50, None);
        var experiment = await stores.Experiments.GetAsync(id, None);

        Assert.Equal(newName, experiment.Name);
        Assert.Equal(T0 + 50, experiment.LastUpdateTime);
        Assert.Equal(id, (await stores.Experiments.FindByNameAsync(newName, None))?.Id);
    }

    [Fact]
    public async Task Rename_TakenName_ThrowsAlreadyExistsAndKeepsName()
    {
        var stores = await OpenStoresAsync();
        var first = await NewExperimentAsync(stores);
        var second = await NewExperimentAsync(stores);
        var firstName = (await stores.Experiments.GetAsync(first, None)).Name;
        var secondName = (await stores.Experiments.GetAsync(second, None)).Name;

        await AssertFailsAsync(ErrorCode.AlreadyExists, () => stores.Experiments.RenameAsync(second, firstName, T0 + 1, None));

        Assert.Equal(secondName, (await stores.Experiments.GetAsync(second, None)).Name);
    }

    [Fact]
    public async Task Rename_UnknownOrDeleted_ThrowsNotFoundOrInvalidState()
    {
        var stores = await OpenStoresAsync();
        var id = await NewExperimentAsync(stores);
        await stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Deleted, T0 + 1, None);

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Experiments.RenameAsync(new ExperimentId(987_654_322), Unique("x"), T0, None));
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Experiments.RenameAsync(id, Unique("x"), T0, None));
    }

    [Fact]
    public async Task SetLifecycleStage_DeleteThenRestore_MovesExperimentAndItsRuns()
    {
        var stores = await OpenStoresAsync();
        var id = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, id);

        await stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Deleted, T0 + 10, None);
        var deleted = await stores.Experiments.GetAsync(id, None);
        var deletedRun = await stores.Runs.GetAsync(run, None);
        await stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Active, T0 + 20, None);
        var restored = await stores.Experiments.GetAsync(id, None);
        var restoredRun = await stores.Runs.GetAsync(run, None);

        Assert.Equal(LifecycleStage.Deleted, deleted.LifecycleStage);
        Assert.Equal(T0 + 10, deleted.LastUpdateTime);
        Assert.Equal(LifecycleStage.Deleted, deletedRun.Info.LifecycleStage);
        Assert.Equal(LifecycleStage.Active, restored.LifecycleStage);
        Assert.Equal(LifecycleStage.Active, restoredRun.Info.LifecycleStage);
    }

    [Fact]
    public async Task SetLifecycleStage_Restore_LeavesRunsDeletedEarlierOnTheirOwnDeleted()
    {
        var stores = await OpenStoresAsync();
        var id = await NewExperimentAsync(stores);
        var deletedAlone = await NewRunAsync(stores, id);
        var kept = await NewRunAsync(stores, id);
        await stores.Runs.SetLifecycleStageAsync(deletedAlone, LifecycleStage.Deleted, None);

        await stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Deleted, T0 + 1, None);
        await stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Active, T0 + 2, None);

        Assert.Equal(LifecycleStage.Deleted, (await stores.Runs.GetAsync(deletedAlone, None)).Info.LifecycleStage);
        Assert.Equal(LifecycleStage.Active, (await stores.Runs.GetAsync(kept, None)).Info.LifecycleStage);
    }

    [Fact]
    public async Task SetLifecycleStage_AlreadyInThatStage_ThrowsInvalidState()
    {
        var stores = await OpenStoresAsync();
        var id = await NewExperimentAsync(stores);

        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Active, T0, None));
        await stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Deleted, T0, None);
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Deleted, T0, None));
        await AssertFailsAsync(ErrorCode.NotFound,
            () => stores.Experiments.SetLifecycleStageAsync(new ExperimentId(987_654_323), LifecycleStage.Deleted, T0, None));
    }

    [Fact]
    public async Task SetTag_SetTwiceThenNull_LastWriteWinsThenDeletes()
    {
        var stores = await OpenStoresAsync();
        var id = await NewExperimentAsync(stores);

        await stores.Experiments.SetTagAsync(id, "stage", "one", T0 + 1, None);
        await stores.Experiments.SetTagAsync(id, "stage", "two", T0 + 2, None);
        var afterSet = await stores.Experiments.GetAsync(id, None);
        await stores.Experiments.SetTagAsync(id, "stage", null, T0 + 3, None);
        var afterDelete = await stores.Experiments.GetAsync(id, None);

        Assert.Equal([new Tag("stage", "two")], afterSet.Tags);
        Assert.Equal(T0 + 2, afterSet.LastUpdateTime);
        Assert.Empty(afterDelete.Tags);
    }

    [Fact]
    public async Task SetTag_DeleteMissingTagOrOnDeletedExperiment_Fails()
    {
        var stores = await OpenStoresAsync();
        var id = await NewExperimentAsync(stores);

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Experiments.SetTagAsync(id, "absent", null, T0, None));
        await stores.Experiments.SetLifecycleStageAsync(id, LifecycleStage.Deleted, T0, None);
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Experiments.SetTagAsync(id, "k", "v", T0, None));
    }
}

using Osprey.Core;
using Osprey.Core.Registry;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>Stage transitions, aliases and their history, including time travel and deletion.</summary>
public abstract partial class RegistryStoreContract
{
    [Fact]
    public async Task TransitionStage_WithoutArchiving_KeepsOthersAndReportsHighestPerStage()
    {
        var stores = await OpenStoresAsync();
        var name = await ModelWithVersionsAsync(stores, 3);

        await stores.Versions.TransitionStageAsync(name, 1, ModelStage.Production, false, Change(T0 + 1), None);
        var moved = await stores.Versions.TransitionStageAsync(name, 2, ModelStage.Production, false, Change(T0 + 2), None);
        var model = await stores.Models.GetAsync(name, None);

        Assert.Equal((ModelStage.Production, T0 + 2), (moved.CurrentStage, moved.LastUpdatedTimestamp));
        Assert.Equal(ModelStage.Production, (await stores.Versions.GetAsync(name, 1, None)).CurrentStage);
        Assert.Equal([(3, ModelStage.None), (2, ModelStage.Production)], model.LatestVersions.Select(v => (v.Version, v.CurrentStage)));
    }

    [Fact]
    public async Task TransitionStage_ArchivingExisting_MovesOthersToArchivedAndRecordsEveryMove()
    {
        var stores = await OpenStoresAsync();
        var name = await ModelWithVersionsAsync(stores, 2);

        await stores.Versions.TransitionStageAsync(name, 1, ModelStage.Production, true, Change(T0 + 1), None);
        await stores.Versions.TransitionStageAsync(name, 2, ModelStage.Staging, true, Change(T0 + 2), None);
        await stores.Versions.TransitionStageAsync(name, 2, ModelStage.Production, true, Change(T0 + 3, "better auc"), None);
        var history = await stores.Versions.GetHistoryAsync(name, null, null, None);

        Assert.Equal(ModelStage.Archived, (await stores.Versions.GetAsync(name, 1, None)).CurrentStage);
        Assert.Equal(ModelStage.Production, (await stores.Versions.GetAsync(name, 2, None)).CurrentStage);
        Assert.Equal(
            [("Production", null, 1, T0 + 1), ("Staging", null, 2, T0 + 2), ("Production", 1, 2, T0 + 3), ("Staging", 2, null, T0 + 3), ("Archived", null, 1, T0 + 3)],
            history.Select(e => (e.Target, e.FromVersion, e.ToVersion, e.Timestamp)));
        Assert.All(history, e => Assert.Equal((RegistryEventKind.StageTransition, name, "alice"), (e.Kind, e.ModelName, e.Actor)));
        Assert.Equal("better auc", history[2].Reason);
        Assert.True(history.Zip(history.Skip(1)).All(pair => pair.First.Id < pair.Second.Id));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.TransitionStageAsync(name, 9, ModelStage.Staging, false, Change(T0), None));
    }

    [Fact]
    public async Task SetAlias_PointRepointDelete_ResolvesAndRecordsEachMove()
    {
        var stores = await OpenStoresAsync();
        var name = await ModelWithVersionsAsync(stores, 2);

        await stores.Versions.SetAliasAsync(name, "champion", 1, Change(T0 + 1), None);
        await stores.Versions.SetAliasAsync(name, "challenger", 2, Change(T0 + 1), None);
        var first = await stores.Versions.GetByAliasAsync(name, "champion", None);
        await stores.Versions.SetAliasAsync(name, "champion", 2, Change(T0 + 2, "promoted"), None);
        var second = await stores.Versions.GetAsync(name, 2, None);
        var model = await stores.Models.GetAsync(name, None);
        await stores.Versions.DeleteAliasAsync(name, "champion", Change(T0 + 3), None);
        var history = await stores.Versions.GetHistoryAsync(name, "champion", null, None);

        Assert.Equal(1, first.Version);
        Assert.Equal(["challenger", "champion"], second.Aliases);
        Assert.Equal([new ModelAlias("challenger", 2), new ModelAlias("champion", 2)], model.Aliases);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.GetByAliasAsync(name, "champion", None));
        Assert.Equal(
            [(RegistryEventKind.AliasSet, null, 1, (string?)null), (RegistryEventKind.AliasSet, 1, 2, "promoted"), (RegistryEventKind.AliasDeleted, 2, null, null)],
            history.Select(e => (e.Kind, e.FromVersion, e.ToVersion, e.Reason)));
    }

    [Fact]
    public async Task AliasMoves_ToUnknownVersionOrMissingAlias_ThrowNotFound()
    {
        var stores = await OpenStoresAsync();
        var name = await ModelWithVersionsAsync(stores, 1);

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.SetAliasAsync(name, "champion", 7, Change(T0), None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.DeleteAliasAsync(name, "champion", Change(T0), None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.SetAliasAsync(Unique("missing"), "champion", 1, Change(T0), None));
        Assert.Empty(await stores.Versions.GetHistoryAsync(name, null, null, None));
    }

    [Fact]
    public async Task DeleteVersion_HoldingAliasesAndAStage_RemovesThemAndRecordsIt()
    {
        var stores = await OpenStoresAsync();
        var name = await ModelWithVersionsAsync(stores, 2);
        await stores.Versions.TransitionStageAsync(name, 2, ModelStage.Production, false, Change(T0 + 1), None);
        await stores.Versions.SetAliasAsync(name, "b-alias", 2, Change(T0 + 1), None);
        await stores.Versions.SetAliasAsync(name, "a-alias", 2, Change(T0 + 1), None);

        await stores.Versions.DeleteAsync(name, 2, Change(T0 + 5, "bad model"), None);
        var history = await stores.Versions.GetHistoryAsync(name, null, T0 + 5, None);
        var model = await stores.Models.GetAsync(name, None);

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.GetByAliasAsync(name, "a-alias", None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.GetAsync(name, 2, None));
        Assert.Empty(model.Aliases);
        Assert.Equal([(1, ModelStage.None)], model.LatestVersions.Select(v => (v.Version, v.CurrentStage)));
        Assert.Equal(
            [("a-alias", RegistryEventKind.AliasDeleted, 2, (int?)null), ("b-alias", RegistryEventKind.AliasDeleted, 2, null),
             ("Production", RegistryEventKind.StageTransition, 2, null)],
            history.Skip(3).Select(e => (e.Target, e.Kind, (int?)e.FromVersion, e.ToVersion)));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.DeleteAsync(name, 2, Change(T0), None));
    }

    [Fact]
    public async Task GetHistory_ForOneTargetUpToATime_AnswersWhoHeldItThen()
    {
        var stores = await OpenStoresAsync();
        var name = await ModelWithVersionsAsync(stores, 3);
        for (var version = 1; version <= 3; version++)
        {
            await stores.Versions.SetAliasAsync(name, "champion", version, Change(T0 + (version * 10)), None);
            await stores.Versions.SetAliasAsync(name, "other", version, Change(T0 + (version * 10)), None);
        }

        var before = await stores.Versions.GetHistoryAsync(name, "champion", T0 + 5, None);
        var atTwentyFive = await stores.Versions.GetHistoryAsync(name, "champion", T0 + 25, None);
        var exactlyThirty = await stores.Versions.GetHistoryAsync(name, "champion", T0 + 30, None);
        var everything = await stores.Versions.GetHistoryAsync(name, null, null, None);

        Assert.Empty(before);
        Assert.Equal([1, 2], atTwentyFive.Select(e => e.ToVersion));
        Assert.Equal(3, exactlyThirty[^1].ToVersion);
        Assert.Equal(6, everything.Count);
        Assert.All(atTwentyFive, e => Assert.Equal("champion", e.Target));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.GetHistoryAsync(Unique("missing"), null, null, None));
    }

    private async Task<string> ModelWithVersionsAsync(WorkspaceStores stores, int versions)
    {
        var name = Unique("model");
        await stores.Models.CreateAsync(name, "", [], T0, None);
        for (var i = 0; i < versions; i++)
        {
            await NewVersionAsync(stores, name);
        }
        return name;
    }
}

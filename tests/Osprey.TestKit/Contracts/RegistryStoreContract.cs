using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.TestKit.Contracts.Filters;
using Op = Osprey.Core.Tracking.Search.ComparisonOperator;

namespace Osprey.TestKit.Contracts;

/// <summary>The behaviour every <see cref="IRegisteredModelStore"/> must show (versions, stages and aliases are in the other parts).</summary>
public abstract partial class RegistryStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task CreateModel_WithTags_GetReturnsIt()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");

        var created = await stores.Models.CreateAsync(name, "churn classifier", [new Tag("team", "ds"), new Tag("a", "1")], T0, None);
        var loaded = await stores.Models.GetAsync(name, None);

        var expected = new RegisteredModel(name, T0, T0, "churn classifier", [], [new Tag("a", "1"), new Tag("team", "ds")], []);
        Assert.Equal(expected, created, new RegisteredModelComparer());
        Assert.Equal(created, loaded, new RegisteredModelComparer());
    }

    [Fact]
    public async Task CreateModel_TakenName_ThrowsAlreadyExists()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        await stores.Models.CreateAsync(name, "", [], T0, None);

        var failure = await AssertFailsAsync(ErrorCode.AlreadyExists, () => stores.Models.CreateAsync(name, "", [], T0, None));
        Assert.Contains(name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetModel_UnknownName_ThrowsNotFoundNamingIt()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("missing");

        var failure = await AssertFailsAsync(ErrorCode.NotFound, () => stores.Models.GetAsync(name, None));
        Assert.Contains(name, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenameModel_CarriesVersionsTagsAliasesAndHistory()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        var newName = Unique("renamed");
        await stores.Models.CreateAsync(name, "", [new Tag("k", "v")], T0, None);
        await NewVersionAsync(stores, name);
        await stores.Versions.SetAliasAsync(name, "champion", 1, Change(T0 + 1), None);

        var renamed = await stores.Models.RenameAsync(name, newName, T0 + 2, None);
        var version = await stores.Versions.GetByAliasAsync(newName, "champion", None);
        var history = await stores.Versions.GetHistoryAsync(newName, null, null, None);

        Assert.Equal(newName, renamed.Name);
        Assert.Equal(T0 + 2, renamed.LastUpdatedTimestamp);
        Assert.Equal([new Tag("k", "v")], renamed.Tags);
        Assert.Equal([new ModelAlias("champion", 1)], renamed.Aliases);
        Assert.Equal((newName, 1), (version.Name, version.Version));
        Assert.Equal(newName, Assert.Single(history).ModelName);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Models.GetAsync(name, None));
    }

    [Fact]
    public async Task RenameModel_ToTakenOrFromUnknownName_Fails()
    {
        var stores = await OpenStoresAsync();
        var first = Unique("model");
        var second = Unique("model");
        await stores.Models.CreateAsync(first, "", [], T0, None);
        await stores.Models.CreateAsync(second, "", [], T0, None);

        await AssertFailsAsync(ErrorCode.AlreadyExists, () => stores.Models.RenameAsync(second, first, T0, None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Models.RenameAsync(Unique("missing"), Unique("x"), T0, None));
    }

    [Fact]
    public async Task UpdateDescription_ReplacesItAndTheUpdateTime()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        await stores.Models.CreateAsync(name, "old", [], T0, None);

        var updated = await stores.Models.UpdateDescriptionAsync(name, "new", T0 + 9, None);

        Assert.Equal(("new", T0 + 9), (updated.Description, updated.LastUpdatedTimestamp));
        Assert.Equal("new", (await stores.Models.GetAsync(name, None)).Description);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Models.UpdateDescriptionAsync(Unique("missing"), "x", T0, None));
    }

    [Fact]
    public async Task DeleteModel_RemovesModelAndVersionsButKeepsHistory()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        await stores.Models.CreateAsync(name, "", [], T0, None);
        await NewVersionAsync(stores, name);
        await stores.Versions.SetAliasAsync(name, "champion", 1, Change(T0 + 1), None);
        await stores.Versions.TransitionStageAsync(name, 1, ModelStage.Production, true, Change(T0 + 2), None);

        await stores.Models.DeleteAsync(name, Change(T0 + 3), None);

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Models.GetAsync(name, None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.GetAsync(name, 1, None));
        Assert.Empty(await stores.Versions.SearchAsync(new SearchQuery(Is(Attribute("name"), Op.Equal, name), [], ViewType.All, 10, 0), None));
        var history = await stores.Versions.GetHistoryAsync(name, null, null, None);
        Assert.Equal(
            [(RegistryEventKind.AliasSet, "champion", (int?)null, (int?)1), (RegistryEventKind.StageTransition, "Production", null, 1),
             (RegistryEventKind.AliasDeleted, "champion", 1, null), (RegistryEventKind.StageTransition, "Production", 1, null)],
            history.Select(e => (e.Kind, e.Target, e.FromVersion, e.ToVersion)));
        Assert.Equal(T0 + 3, history[^1].Timestamp);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Models.DeleteAsync(name, Change(T0 + 4), None));
    }

    [Fact]
    public async Task SetModelTag_SetTwiceThenNull_LastWriteWinsThenDeletes()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        await stores.Models.CreateAsync(name, "", [], T0, None);

        await stores.Models.SetTagAsync(name, "k", "1", T0 + 1, None);
        await stores.Models.SetTagAsync(name, "k", "2", T0 + 2, None);
        var afterSet = await stores.Models.GetAsync(name, None);
        await stores.Models.SetTagAsync(name, "k", null, T0 + 3, None);

        Assert.Equal([new Tag("k", "2")], afterSet.Tags);
        Assert.Empty((await stores.Models.GetAsync(name, None)).Tags);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Models.SetTagAsync(Unique("missing"), "k", "v", T0, None));
    }

    [Fact]
    public async Task SearchModels_ByNameAndTags_ReturnsMatchesByNameWithPages()
    {
        var stores = await OpenStoresAsync();
        var prefix = Unique("Search");
        foreach (var suffix in new[] { "c", "a", "b" })
        {
            await stores.Models.CreateAsync($"{prefix}-{suffix}", "", [new Tag("flavour", suffix == "b" ? "sour" : "sweet")], T0, None);
        }
        var byPrefix = Is(Attribute("name"), Op.Like, prefix + "%");

        var all = await NamesAsync(stores, new SearchQuery(byPrefix, [], ViewType.All, 10, 0));
        var page = await NamesAsync(stores, new SearchQuery(byPrefix, [], ViewType.All, 1, 1));
        var insensitive = await NamesAsync(stores, new SearchQuery(Is(Attribute("name"), Op.ILike, prefix.ToUpperInvariant() + "%"), [], ViewType.All, 10, 0));
        var sweet = await NamesAsync(stores, new SearchQuery(And(byPrefix, Is(Tag("flavour"), Op.Equal, "sweet")), [Descending(Attribute("name"))], ViewType.All, 10, 0));

        Assert.Equal([$"{prefix}-a", $"{prefix}-b", $"{prefix}-c"], all);
        Assert.Equal([$"{prefix}-b"], page);
        Assert.Equal(all, insensitive);
        Assert.Equal([$"{prefix}-c", $"{prefix}-a"], sweet);
    }

    /// <summary>Creates the next version of a model from a fixed source.</summary>
    protected static Task<ModelVersion> NewVersionAsync(WorkspaceStores stores, string name, string? runId = null, long now = T0, IReadOnlyList<Tag>? tags = null) =>
        stores.Versions.CreateAsync(new NewModelVersion(name, $"models:/{name}/source", runId, "", "", "alice", tags ?? [], now), None);

    /// <summary>A registry change by a fixed actor at a time.</summary>
    protected static RegistryChange Change(long now, string? reason = null) => new("alice", reason, now);

    private static async Task<List<string>> NamesAsync(WorkspaceStores stores, SearchQuery query) =>
        (await stores.Models.SearchAsync(query, None)).Select(m => m.Name).ToList();
}

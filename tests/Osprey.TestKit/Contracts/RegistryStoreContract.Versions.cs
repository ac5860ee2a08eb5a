using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.TestKit.Contracts.Filters;
using Op = Osprey.Core.Tracking.Search.ComparisonOperator;

namespace Osprey.TestKit.Contracts;

/// <summary>Model versions: numbering, fields, description, tags and search.</summary>
public abstract partial class RegistryStoreContract
{
    [Fact]
    public async Task CreateVersion_AfterDeletions_NumbersFromOneAndNeverReuses()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        await stores.Models.CreateAsync(name, "", [], T0, None);

        var numbers = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await NewVersionAsync(stores, name)).Version);
        }
        await stores.Versions.DeleteAsync(name, 3, Change(T0), None);
        numbers.Add((await NewVersionAsync(stores, name)).Version);

        Assert.Equal([1, 2, 3, 4], numbers);
    }

    [Fact]
    public async Task CreateVersion_StoresItsFieldsAsReadyInStageNone()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        var run = RunId.New().Value;
        await stores.Models.CreateAsync(name, "", [], T0, None);

        var created = await stores.Versions.CreateAsync(
            new NewModelVersion(name, "runs:/r/model", run, "http://link", "first cut", "bob", [new Tag("k", "v")], T0 + 7), None);
        var loaded = await stores.Versions.GetAsync(name, 1, None);
        var model = await stores.Models.GetAsync(name, None);

        Assert.Equal((name, 1, T0 + 7, T0 + 7, "first cut", "bob", ModelStage.None, "runs:/r/model", (string?)run, "http://link", ModelVersionStatus.Ready),
            (loaded.Name, loaded.Version, loaded.CreationTimestamp, loaded.LastUpdatedTimestamp, loaded.Description, loaded.UserId,
             loaded.CurrentStage, loaded.Source, loaded.RunId, loaded.RunLink, loaded.Status));
        Assert.Equal([new Tag("k", "v")], loaded.Tags);
        Assert.Empty(loaded.Aliases);
        Assert.Equal(created.Tags, loaded.Tags);
        Assert.Equal(T0 + 7, model.LastUpdatedTimestamp);
        Assert.Equal((1, ModelStage.None), (Assert.Single(model.LatestVersions).Version, model.LatestVersions[0].CurrentStage));
    }

    [Fact]
    public async Task CreateOrGetVersion_UnknownModelOrVersion_ThrowsNotFound()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        await stores.Models.CreateAsync(name, "", [], T0, None);

        await AssertFailsAsync(ErrorCode.NotFound, () => NewVersionAsync(stores, Unique("missing")));
        var failure = await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.GetAsync(name, 42, None));
        Assert.Contains(name, failure.Message, StringComparison.Ordinal);
        Assert.Contains("42", failure.Message, StringComparison.Ordinal);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.GetAsync(Unique("missing"), 1, None));
    }

    [Fact]
    public async Task UpdateVersionDescriptionAndTags_ChangeOnlyThatVersion()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("model");
        await stores.Models.CreateAsync(name, "", [], T0, None);
        await NewVersionAsync(stores, name, tags: [new Tag("drop", "x")]);
        await NewVersionAsync(stores, name);

        var updated = await stores.Versions.UpdateDescriptionAsync(name, 1, "better", T0 + 5, None);
        await stores.Versions.SetTagAsync(name, 1, "k", "1", T0 + 6, None);
        await stores.Versions.SetTagAsync(name, 1, "k", "2", T0 + 6, None);
        await stores.Versions.SetTagAsync(name, 1, "drop", null, T0 + 6, None);
        var first = await stores.Versions.GetAsync(name, 1, None);
        var second = await stores.Versions.GetAsync(name, 2, None);

        Assert.Equal(("better", T0 + 5), (updated.Description, updated.LastUpdatedTimestamp));
        Assert.Equal([new Tag("k", "2")], first.Tags);
        Assert.Equal("", second.Description);
        Assert.Empty(second.Tags);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.UpdateDescriptionAsync(name, 9, "x", T0, None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Versions.SetTagAsync(name, 9, "k", "v", T0, None));
    }

    [Fact]
    public async Task SearchVersions_ByAttributesAndTags_DefaultsToNameThenVersionDescending()
    {
        var stores = await OpenStoresAsync();
        var prefix = Unique("vsearch");
        var run = RunId.New().Value;
        foreach (var model in new[] { prefix + "-b", prefix + "-a" })
        {
            await stores.Models.CreateAsync(model, "", [], T0, None);
            await NewVersionAsync(stores, model, run);
            await NewVersionAsync(stores, model, tags: [new Tag("quality", "gold")]);
        }
        await stores.Versions.TransitionStageAsync(prefix + "-b", 1, ModelStage.Staging, false, Change(T0), None);
        var byPrefix = Is(Attribute("name"), Op.Like, prefix + "%");

        var all = await KeysAsync(stores, new SearchQuery(byPrefix, [], ViewType.All, 10, 0));
        var page = await KeysAsync(stores, new SearchQuery(byPrefix, [], ViewType.All, 2, 1));
        var byRun = await KeysAsync(stores, new SearchQuery(And(byPrefix, Is(Attribute("run_id"), Op.Equal, run)), [], ViewType.All, 10, 0));
        var byNumber = await KeysAsync(stores, new SearchQuery(And(byPrefix, Is(Attribute("version_number"), Op.Greater, 1)), [], ViewType.All, 10, 0));
        var byTag = await KeysAsync(stores, new SearchQuery(And(byPrefix, Is(Tag("quality"), Op.Equal, "gold")),
            [Descending(Attribute("name"))], ViewType.All, 10, 0));
        var byStage = await KeysAsync(stores, new SearchQuery(And(byPrefix, Is(Attribute("current_stage"), Op.Equal, "Staging")), [], ViewType.All, 10, 0));

        Assert.Equal([(prefix + "-a", 2), (prefix + "-a", 1), (prefix + "-b", 2), (prefix + "-b", 1)], all);
        Assert.Equal(all.Skip(1).Take(2), page);
        Assert.Equal([(prefix + "-a", 1), (prefix + "-b", 1)], byRun);
        Assert.Equal([(prefix + "-a", 2), (prefix + "-b", 2)], byNumber);
        Assert.Equal([(prefix + "-b", 2), (prefix + "-a", 2)], byTag);
        Assert.Equal([(prefix + "-b", 1)], byStage);
    }

    private static async Task<List<(string, int)>> KeysAsync(WorkspaceStores stores, SearchQuery query) =>
        (await stores.Versions.SearchAsync(query, None)).Select(v => (v.Name, v.Version)).ToList();
}

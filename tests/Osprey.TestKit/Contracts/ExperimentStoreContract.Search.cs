using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.TestKit.Contracts.Filters;
using Op = Osprey.Core.Tracking.Search.ComparisonOperator;

namespace Osprey.TestKit.Contracts;

/// <summary>Experiment search: filters on attributes and tags, views, order and paging.</summary>
public abstract partial class ExperimentStoreContract
{
    [Fact]
    public async Task Search_NameLikeInEachView_ReturnsTheStagesAsked()
    {
        var stores = await OpenStoresAsync();
        var prefix = Unique("view");
        var active = await stores.Experiments.CreateAsync(prefix + "-a", "file:///a", [], T0, None);
        var deleted = await stores.Experiments.CreateAsync(prefix + "-b", "file:///b", [], T0, None);
        await stores.Experiments.SetLifecycleStageAsync(deleted, LifecycleStage.Deleted, T0, None);
        var filter = Is(Attribute("name"), ComparisonOperator.Like, prefix + "%");

        var activeOnly = await SearchIdsAsync(stores, new SearchQuery(filter, [], ViewType.ActiveOnly, 100, 0));
        var deletedOnly = await SearchIdsAsync(stores, new SearchQuery(filter, [], ViewType.DeletedOnly, 100, 0));
        var all = await SearchIdsAsync(stores, new SearchQuery(filter, [Ascending(Attribute("name"))], ViewType.All, 100, 0));

        Assert.Equal([active], activeOnly);
        Assert.Equal([deleted], deletedOnly);
        Assert.Equal([active, deleted], all);
    }

    [Fact]
    public async Task Search_NoOrder_SortsByLastUpdateDescendingThenId()
    {
        var stores = await OpenStoresAsync();
        var prefix = Unique("order");
        var old = await stores.Experiments.CreateAsync(prefix + "-1", "file:///a", [], T0, None);
        var newer = await stores.Experiments.CreateAsync(prefix + "-2", "file:///a", [], T0 + 5, None);
        var sameTimeAsNewer = await stores.Experiments.CreateAsync(prefix + "-3", "file:///a", [], T0 + 5, None);

        var ids = await SearchIdsAsync(stores, new SearchQuery(Is(Attribute("name"), ComparisonOperator.Like, prefix + "%"), [], ViewType.All, 100, 0));

        Assert.Equal([newer, sameTimeAsNewer, old], ids);
    }

    [Fact]
    public async Task Search_OrderByNameWithPages_ConcatenatesToTheWholeOrder()
    {
        var stores = await OpenStoresAsync();
        var prefix = Unique("page");
        var ids = new List<ExperimentId>();
        foreach (var suffix in new[] { "e", "a", "d", "b", "c" })
        {
            ids.Add(await stores.Experiments.CreateAsync($"{prefix}-{suffix}", "file:///a", [], T0, None));
        }
        var filter = Is(Attribute("name"), ComparisonOperator.Like, prefix + "%");

        var first = await SearchIdsAsync(stores, new SearchQuery(filter, [Descending(Attribute("name"))], ViewType.All, 2, 0));
        var second = await SearchIdsAsync(stores, new SearchQuery(filter, [Descending(Attribute("name"))], ViewType.All, 2, 2));
        var third = await SearchIdsAsync(stores, new SearchQuery(filter, [Descending(Attribute("name"))], ViewType.All, 2, 4));

        Assert.Equal([ids[0], ids[2], ids[4], ids[3], ids[1]], first.Concat(second).Concat(third));
    }

    [Fact]
    public async Task Search_TagsAndTimes_MatchAsCompared()
    {
        var stores = await OpenStoresAsync();
        var team = Unique("team");
        var tagged = await stores.Experiments.CreateAsync(Unique("exp"), "file:///a", [new Tag("team", team)], T0 + 100, None);
        var otherTeam = await stores.Experiments.CreateAsync(Unique("exp"), "file:///a", [new Tag("team", team + "-other")], T0 + 200, None);

        var byTag = await SearchIdsAsync(stores, new SearchQuery(Is(Tag("team"), ComparisonOperator.Equal, team), [], ViewType.All, 100, 0));
        var byTagLike = await SearchIdsAsync(stores, new SearchQuery(
            And(Is(Tag("team"), ComparisonOperator.Like, team + "%"), Is(Attribute("creation_time"), ComparisonOperator.Greater, T0 + 150)),
            [], ViewType.All, 100, 0));

        Assert.Equal([tagged], byTag);
        Assert.Equal([otherTeam], byTagLike);
    }

    [Fact]
    public async Task Search_OrderByExperimentId_SortsAsNumbers()
    {
        var stores = await OpenStoresAsync();
        var prefix = Unique("ids");
        var ids = new List<ExperimentId>();
        // Create until the ids cross a power of ten (9 -> 10, 99 -> 100...), where text order and number order differ.
        while (ids.Count < 2 || (ids[0].ToString().Length == ids[^1].ToString().Length && ids.Count < 1_000))
        {
            ids.Add(await stores.Experiments.CreateAsync($"{prefix}-{ids.Count}", "file:///a", [], T0, None));
        }

        var found = await SearchIdsAsync(stores, new SearchQuery(Is(Attribute("name"), Op.Like, prefix + "%"), [Descending(Attribute("experiment_id"))], ViewType.All, 100, 0));

        Assert.Equal(ids.OrderByDescending(id => id.Value), found);
    }

    [Fact]
    public async Task Search_NameILike_IgnoresCase()
    {
        var stores = await OpenStoresAsync();
        var name = Unique("MixedCase");
        var id = await stores.Experiments.CreateAsync(name, "file:///a", [], T0, None);

        var ilike = await SearchIdsAsync(stores, new SearchQuery(Is(Attribute("name"), ComparisonOperator.ILike, name.ToUpperInvariant()), [], ViewType.All, 10, 0));
        var like = await SearchIdsAsync(stores, new SearchQuery(Is(Attribute("name"), ComparisonOperator.Like, name.ToUpperInvariant()), [], ViewType.All, 10, 0));

        Assert.Equal([id], ilike);
        Assert.Empty(like);
    }

    private static async Task<List<ExperimentId>> SearchIdsAsync(Core.WorkspaceStores stores, SearchQuery query) =>
        (await stores.Experiments.SearchAsync(query, None)).Select(e => e.Id).ToList();
}

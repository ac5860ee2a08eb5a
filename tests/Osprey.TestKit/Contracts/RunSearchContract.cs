using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.TestKit.Contracts.Filters;
using Op = Osprey.Core.Tracking.Search.ComparisonOperator;

namespace Osprey.TestKit.Contracts;

/// <summary>Run search filters: every operator on every kind of field, missing values, NaN, boolean structure.</summary>
/// <remarks>The data is <see cref="RunSearchScenario"/>; each test makes its own copy.</remarks>
public abstract partial class RunSearchContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Search_NoFilterNoOrder_ReturnsActiveRunsNewestFirst()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A, s.B, s.C, s.D], await IdsAsync(stores, s, null));
    }

    [Fact]
    public async Task Search_EachView_ReturnsThatLifecycleStage()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.E], await IdsAsync(stores, s, null, view: ViewType.DeletedOnly));
        Assert.Equal([s.A, s.B, s.C, s.D, s.E], await IdsAsync(stores, s, null, view: ViewType.All));
    }

    [Fact]
    public async Task Search_MetricComparisons_MatchOnlyRunsHavingTheMetric()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A], await IdsAsync(stores, s, Is(Metric("acc"), Op.Greater, 0.8)));
        Assert.Equal([s.A, s.B, s.C], await IdsAsync(stores, s, Is(Metric("acc"), Op.GreaterOrEqual, 0.7)));
        Assert.Equal([s.B, s.C], await IdsAsync(stores, s, Is(Metric("acc"), Op.Less, 0.8)));
        Assert.Equal([s.B, s.C], await IdsAsync(stores, s, Is(Metric("acc"), Op.LessOrEqual, 0.7)));
        Assert.Equal([s.B, s.C], await IdsAsync(stores, s, Is(Metric("acc"), Op.Equal, 0.7)));
        Assert.Equal([s.A], await IdsAsync(stores, s, Is(Metric("acc"), Op.NotEqual, 0.7)));
    }

    [Fact]
    public async Task Search_NaNMetric_FailsOrderingComparisonsButPassesNotEqual()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A, s.C, s.D], await IdsAsync(stores, s, Is(Metric("loss"), Op.Greater, 0)));
        Assert.Equal([s.A, s.B, s.D], await IdsAsync(stores, s, Is(Metric("loss"), Op.NotEqual, 0.5)));
        Assert.Equal([s.A, s.B], await IdsAsync(stores, s, NotIn(Metric("loss"), 0.5, 0.3)));
    }

    [Fact]
    public async Task Search_NotOverAMissingMetric_IncludesRunsWithoutIt()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.B, s.C, s.D], await IdsAsync(stores, s, Not(Is(Metric("acc"), Op.Greater, 0.8))));
    }

    [Fact]
    public async Task Search_InAndNotIn_OnEveryKindOfField()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A, s.B], await IdsAsync(stores, s, In(Param("model"), "gbdt", "linear")));
        Assert.Equal([s.B, s.C], await IdsAsync(stores, s, NotIn(Param("model"), "gbdt")));
        Assert.Equal([s.A, s.B, s.C], await IdsAsync(stores, s, In(Metric("acc"), 0.9, 0.7)));
        Assert.Equal([s.B, s.C], await IdsAsync(stores, s, NotIn(Tag("team"), "ds")));
        Assert.Equal([s.A, s.C], await IdsAsync(stores, s, In(Attribute(RunAttribute.Status), "FINISHED", "FAILED")));
        Assert.Equal([s.A, s.D], await IdsAsync(stores, s, In(Attribute(RunAttribute.RunId), s.D.Value, s.A.Value)));
        Assert.Equal([s.B, s.C, s.D], await IdsAsync(stores, s, NotIn(Attribute(RunAttribute.RunId), s.A.Value)));
    }

    [Fact]
    public async Task Search_LikeAndILike_AreCaseSensitiveAndInsensitive()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A], await IdsAsync(stores, s, Is(Param("model"), Op.Like, "gb%")));
        Assert.Equal([s.A, s.C], await IdsAsync(stores, s, Is(Param("model"), Op.ILike, "gb%")));
        Assert.Equal([s.A], await IdsAsync(stores, s, Is(Attribute(RunAttribute.RunName), Op.Like, "%Run")));
        Assert.Equal([s.A, s.B], await IdsAsync(stores, s, Is(Attribute(RunAttribute.RunName), Op.ILike, "%RUN")));
        Assert.Equal([s.A], await IdsAsync(stores, s, Is(Tag("note"), Op.ILike, "GRÜßE%")));
        Assert.Equal([s.C], await IdsAsync(stores, s, Is(Attribute(RunAttribute.RunName), Op.Like, "_amma")));
    }

    [Fact]
    public async Task Search_LikeWithGlobCharacters_MatchesThemLiterally()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.D], await IdsAsync(stores, s, Is(Attribute(RunAttribute.RunName), Op.Like, "delta_*?[x]")));
        Assert.Equal([s.D], await IdsAsync(stores, s, Is(Attribute(RunAttribute.RunName), Op.Like, "%[x]")));
        Assert.Empty(await IdsAsync(stores, s, Is(Attribute(RunAttribute.RunName), Op.Like, "delta_*x")));
        Assert.Empty(await IdsAsync(stores, s, Is(Attribute(RunAttribute.RunName), Op.Like, "delta_a?[x]")));
    }

    [Fact]
    public async Task Search_IsNullAndIsNotNull_TestWhetherTheRunHasTheField()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.D], await IdsAsync(stores, s, IsNull(Metric("acc"))));
        Assert.Equal([s.A, s.B, s.C], await IdsAsync(stores, s, IsNotNull(Param("model"))));
        Assert.Equal([s.D], await IdsAsync(stores, s, IsNull(Tag("team"))));
        Assert.Equal([s.B, s.D], await IdsAsync(stores, s, IsNull(Attribute(RunAttribute.EndTime))));
        Assert.Equal([s.C, s.D], await IdsAsync(stores, s, IsNull(Dataset("name"))));
    }

    [Fact]
    public async Task Search_OrAndNotWithParentheses_FollowTheTree()
    {
        var (stores, s) = await ScenarioAsync();
        var ds = Is(Tag("team"), Op.Equal, "ds");
        var ml = Is(Tag("team"), Op.Equal, "ml");

        Assert.Equal([s.A, s.B], await IdsAsync(stores, s, And(Or(ds, ml), Is(Metric("acc"), Op.GreaterOrEqual, 0.7))));
        Assert.Equal([s.A], await IdsAsync(stores, s, Or(ds, And(ml, Is(Metric("acc"), Op.Greater, 0.8)))));
        Assert.Equal([s.B, s.D], await IdsAsync(stores, s, Not(Or(ds, Is(Param("model"), Op.Equal, "GBDT")))));
        Assert.Equal([s.A, s.C, s.D], await IdsAsync(stores, s, Not(And(ml, Not(IsNull(Metric("acc")))))));
    }

    [Fact]
    public async Task Search_Attributes_CompareAsNumbersOrStrings()
    {
        var (stores, s) = await ScenarioAsync();
        var start = RunSearchScenario.Start;

        Assert.Equal([s.A, s.B, s.C], await IdsAsync(stores, s, Is(Attribute(RunAttribute.StartTime), Op.GreaterOrEqual, start - 2)));
        Assert.Equal([s.C], await IdsAsync(stores, s, Is(Attribute(RunAttribute.EndTime), Op.Less, start + 40)));
        Assert.Equal([s.B, s.D], await IdsAsync(stores, s, Not(IsNotNull(Attribute(RunAttribute.EndTime)))));
        Assert.Equal([s.A, s.B, s.C, s.D], await IdsAsync(stores, s, Is(Attribute(RunAttribute.UserId), Op.Equal, "tester")));
        Assert.Equal([s.A, s.B, s.C, s.D], await IdsAsync(stores, s, In(Attribute(RunAttribute.ExperimentId), s.Experiment.ToString())));
        Assert.Equal([s.B], await IdsAsync(stores, s, Is(Attribute(RunAttribute.ArtifactUri), Op.Like, $"%{s.B.Value}")));
        Assert.Equal([s.D], await IdsAsync(stores, s, Is(Attribute(RunAttribute.Status), Op.Equal, "KILLED")));
    }

    [Fact]
    public async Task Search_DataSetFields_MatchTheRunsInputs()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A, s.B], await IdsAsync(stores, s, Is(Dataset("name"), Op.Equal, "churn")));
        Assert.Equal([s.B], await IdsAsync(stores, s, Is(Dataset("digest"), Op.Equal, "d2")));
        Assert.Equal([s.A], await IdsAsync(stores, s, Is(Dataset("context"), Op.Equal, "training")));
        Assert.Equal([s.B], await IdsAsync(stores, s, In(Dataset("context"), "eval", "test")));
    }

    [Fact]
    public async Task Search_Results_AreFullyLoadedRuns()
    {
        var (stores, s) = await ScenarioAsync();

        var found = Assert.Single(await stores.Runs.SearchAsync(Query(s, Is(Dataset("context"), Op.Equal, "training")), None));
        var direct = await stores.Runs.GetAsync(s.A, None);

        Assert.Equal(direct.Info, found.Info);
        Assert.Equal(direct.Metrics, found.Metrics);
        Assert.Equal(direct.Params, found.Params);
        Assert.Equal(direct.Tags, found.Tags);
        Assert.Equal(direct.Inputs.Select(i => i.Dataset), found.Inputs.Select(i => i.Dataset));
        Assert.Equal(2, found.Params.Count);
        Assert.Equal("training", Assert.Single(Assert.Single(found.Inputs).Tags).Value);
    }

    [Fact]
    public async Task Count_WithFilterAndPaging_CountsEveryMatch()
    {
        var (stores, s) = await ScenarioAsync();

        var count = await stores.Runs.CountAsync(Query(s, Is(Metric("acc"), Op.GreaterOrEqual, 0.7)) with { MaxResults = 1, Offset = 2 }, None);
        var all = await stores.Runs.CountAsync(Query(s, null) with { ViewType = ViewType.All }, None);

        Assert.Equal(3, count);
        Assert.Equal(5, all);
    }

    [Fact]
    public async Task Search_SeveralOrNoExperiments_CoversExactlyThose()
    {
        var stores = await OpenStoresAsync();
        var first = await NewExperimentAsync(stores);
        var second = await NewExperimentAsync(stores);
        var inFirst = await NewRunAsync(stores, first, T0 + 1);
        var inSecond = await NewRunAsync(stores, second, T0 + 2);

        var both = await stores.Runs.SearchAsync(new RunSearchQuery([first, second], null, [], ViewType.ActiveOnly, 10, 0), None);
        var none = await stores.Runs.SearchAsync(new RunSearchQuery([], null, [], ViewType.ActiveOnly, 10, 0), None);

        Assert.Equal([inSecond, inFirst], both.Select(r => r.Info.RunId));
        Assert.Empty(none);
        Assert.Equal(0, await stores.Runs.CountAsync(new RunSearchQuery([], null, [], ViewType.ActiveOnly, 10, 0), None));
    }

    /// <summary>Creates a fresh copy of the scenario.</summary>
    protected async Task<(WorkspaceStores Stores, RunSearchScenario Scenario)> ScenarioAsync()
    {
        var stores = await OpenStoresAsync();
        return (stores, await RunSearchScenario.CreateAsync(stores));
    }

    /// <summary>A query over the scenario's experiment.</summary>
    protected static RunSearchQuery Query(RunSearchScenario scenario, FilterExpression? filter, IReadOnlyList<OrderByClause>? orderBy = null,
        ViewType view = ViewType.ActiveOnly, int maxResults = 100, int offset = 0) =>
        new([scenario.Experiment], filter, orderBy ?? [], view, maxResults, offset);

    /// <summary>Searches and returns the ids in result order.</summary>
    protected static async Task<List<RunId>> IdsAsync(WorkspaceStores stores, RunSearchScenario scenario, FilterExpression? filter,
        IReadOnlyList<OrderByClause>? orderBy = null, ViewType view = ViewType.ActiveOnly, int maxResults = 100, int offset = 0) =>
        (await stores.Runs.SearchAsync(Query(scenario, filter, orderBy, view, maxResults, offset), None)).Select(r => r.Info.RunId).ToList();
}

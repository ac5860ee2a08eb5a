using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.TestKit.Contracts.Filters;
using Op = Osprey.Core.Tracking.Search.ComparisonOperator;

namespace Osprey.TestKit.Contracts;

/// <summary>Run search order and paging: missing values last both ways, NaN after numbers, ties by start time then id.</summary>
public abstract partial class RunSearchContract
{
    [Fact]
    public async Task Search_OrderByMetric_PutsMissingLastInBothDirections()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A, s.B, s.C, s.D], await IdsAsync(stores, s, null, [Descending(Metric("acc"))]));
        Assert.Equal([s.B, s.C, s.A, s.D], await IdsAsync(stores, s, null, [Ascending(Metric("acc"))]));
    }

    [Fact]
    public async Task Search_OrderByMetricWithNaN_PutsNaNAfterNumbersInBothDirections()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A, s.D, s.C, s.B], await IdsAsync(stores, s, null, [Ascending(Metric("loss"))]));
        Assert.Equal([s.C, s.D, s.A, s.B], await IdsAsync(stores, s, null, [Descending(Metric("loss"))]));
    }

    [Fact]
    public async Task Search_OrderByParamOrTag_ComparesTextWithMissingLast()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.C, s.A, s.B, s.D], await IdsAsync(stores, s, null, [Ascending(Param("model"))]));
        Assert.Equal([s.B, s.A, s.C, s.D], await IdsAsync(stores, s, null, [Descending(Param("model"))]));
        Assert.Equal([s.C, s.A, s.B, s.D], await IdsAsync(stores, s, null, [Ascending(Tag("team"))]));
    }

    [Fact]
    public async Task Search_OrderByAttributes_SortsWithMissingEndTimeLast()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.D, s.C, s.B, s.A], await IdsAsync(stores, s, null, [Ascending(Attribute(RunAttribute.StartTime))]));
        Assert.Equal([s.C, s.A, s.B, s.D], await IdsAsync(stores, s, null, [Ascending(Attribute(RunAttribute.EndTime))]));
        Assert.Equal([s.A, s.C, s.B, s.D], await IdsAsync(stores, s, null, [Descending(Attribute(RunAttribute.EndTime))]));
        Assert.Equal([s.A, s.B, s.D, s.C], await IdsAsync(stores, s, null, [Ascending(Attribute(RunAttribute.RunName))]));
    }

    [Fact]
    public async Task Search_SeveralSortKeys_BreakTiesInOrder()
    {
        var (stores, s) = await ScenarioAsync();

        Assert.Equal([s.A, s.C, s.B, s.D], await IdsAsync(stores, s, null, [Descending(Metric("acc")), Ascending(Param("model"))]));
        Assert.Equal([s.A, s.B, s.C, s.D], await IdsAsync(stores, s, null, [Descending(Metric("acc")), Descending(Param("model"))]));
    }

    [Fact]
    public async Task Search_EqualSortValues_TieBreakByStartTimeThenRunId()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var runs = new List<RunId>();
        for (var i = 0; i < 4; i++)
        {
            var run = await NewRunAsync(stores, experiment, startTime: i < 2 ? T0 : T0 + 1);
            await LogMetricsAsync(stores, run, new Metric("same", 1, T0, 0));
            runs.Add(run);
        }
        var expected = runs.Skip(2).OrderBy(r => r.Value, StringComparer.Ordinal)
            .Concat(runs.Take(2).OrderBy(r => r.Value, StringComparer.Ordinal)).ToList();

        var byMetric = await stores.Runs.SearchAsync(new RunSearchQuery([experiment], null, [Ascending(Metric("same"))], ViewType.ActiveOnly, 10, 0), None);
        var byDefault = await stores.Runs.SearchAsync(new RunSearchQuery([experiment], null, [], ViewType.ActiveOnly, 10, 0), None);

        Assert.Equal(expected, byMetric.Select(r => r.Info.RunId));
        Assert.Equal(expected, byDefault.Select(r => r.Info.RunId));
    }

    [Fact]
    public async Task Search_PagesOverAMetricOrder_CrossFromValuesToNaNToMissing()
    {
        var (stores, s) = await ScenarioAsync();
        var order = new[] { Ascending(Metric("loss")) };
        var whole = new[] { s.A, s.D, s.C, s.B };

        for (var offset = 0; offset < 5; offset++)
        {
            Assert.Equal(whole.Skip(offset).Take(1), await IdsAsync(stores, s, null, order, maxResults: 1, offset: offset));
        }
        Assert.Equal([s.D, s.C], await IdsAsync(stores, s, null, order, maxResults: 2, offset: 1));
        Assert.Equal([s.C, s.B], await IdsAsync(stores, s, null, order, maxResults: 5, offset: 2));
        Assert.Equal([s.D], await IdsAsync(stores, s, null, [Ascending(Metric("acc"))], maxResults: 2, offset: 3));
        Assert.Empty(await IdsAsync(stores, s, null, [Ascending(Metric("acc"))], maxResults: 2, offset: 4));
    }

    [Fact]
    public async Task Search_PagesWithFilterAndDefaultOrder_ConcatenateToTheWhole()
    {
        var (stores, s) = await ScenarioAsync();
        var filter = Is(Metric("loss"), Op.GreaterOrEqual, 0);

        var first = await IdsAsync(stores, s, filter, maxResults: 2, offset: 0);
        var second = await IdsAsync(stores, s, filter, maxResults: 2, offset: 2);

        Assert.Equal([s.A, s.C, s.D], first.Concat(second));
    }

    [Fact]
    public async Task Search_ManyRunsOrderedByMetric_MatchesTheExpectedOrderForCommonAndRareFilters()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var runs = await Task.WhenAll(Enumerable.Range(0, 2_400).Select(async i =>
        {
            var run = await NewRunAsync(stores, experiment, startTime: T0 + i);
            var metrics = new List<Metric> { new("score", i % 97, T0, 0), new("even", i % 2, T0, 0), new("rare", i % 60 == 0 ? 1 : 0, T0, 0) };
            await stores.Runs.LogBatchAsync(run, new RunBatch(metrics, [], []), None);
            return (Id: run, Index: i);
        }));
        List<RunId> Expected(Func<int, bool> keep) => runs.Where(r => keep(r.Index))
            .OrderByDescending(r => r.Index % 97).ThenByDescending(r => r.Index).Select(r => r.Id).ToList();
        RunSearchQuery Query(FilterExpression filter, int max, int offset) =>
            new([experiment], filter, [Descending(Metric("score"))], ViewType.ActiveOnly, max, offset);

        var common = await stores.Runs.SearchAsync(Query(Is(Metric("even"), Op.Equal, 0), 100, 0), None);
        var commonLater = await stores.Runs.SearchAsync(Query(Is(Metric("even"), Op.Equal, 0), 7, 500), None);
        var rare = await stores.Runs.SearchAsync(Query(Is(Metric("rare"), Op.Equal, 1), 100, 0), None);
        var rareLater = await stores.Runs.SearchAsync(Query(Is(Metric("rare"), Op.Equal, 1), 5, 30), None);

        Assert.Equal(Expected(i => i % 2 == 0).Take(100), common.Select(r => r.Info.RunId));
        Assert.Equal(Expected(i => i % 2 == 0).Skip(500).Take(7), commonLater.Select(r => r.Info.RunId));
        Assert.Equal(Expected(i => i % 60 == 0), rare.Select(r => r.Info.RunId));
        Assert.Equal(Expected(i => i % 60 == 0).Skip(30).Take(5), rareLater.Select(r => r.Info.RunId));
        await AssertDefaultOrderAsync(stores, experiment, runs);
    }

    private static async Task AssertDefaultOrderAsync(Core.WorkspaceStores stores, ExperimentId experiment, (RunId Id, int Index)[] runs)
    {
        List<RunId> Newest(Func<int, bool> keep) => runs.Where(r => keep(r.Index)).OrderByDescending(r => r.Index).Select(r => r.Id).ToList();
        RunSearchQuery Query(FilterExpression filter, int max, int offset) => new([experiment], filter, [], ViewType.ActiveOnly, max, offset);
        var even = Is(Metric("even"), Op.Equal, 0);
        var rare = Is(Metric("rare"), Op.Equal, 1);

        var common = await stores.Runs.SearchAsync(Query(even, 10, 300), None);
        var scarce = await stores.Runs.SearchAsync(Query(rare, 100, 3), None);

        Assert.Equal(Newest(i => i % 2 == 0).Skip(300).Take(10), common.Select(r => r.Info.RunId));
        Assert.Equal(Newest(i => i % 60 == 0).Skip(3), scarce.Select(r => r.Info.RunId));
        Assert.Equal(1_200, await stores.Runs.CountAsync(Query(even, 1, 0), None));
        Assert.Equal(40, await stores.Runs.CountAsync(Query(rare, 1, 0), None));
        Assert.Equal(2_360, await stores.Runs.CountAsync(Query(Not(rare), 1, 0), None));
    }
}

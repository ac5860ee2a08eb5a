// Over 200 lines: one contract suite per store interface, and every member of ILoggedModelStore has its cases here.
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.TestKit.Contracts.Filters;
using Op = Osprey.Core.Tracking.Search.ComparisonOperator;

namespace Osprey.TestKit.Contracts;

/// <summary>The behaviour every <see cref="ILoggedModelStore"/> must show.</summary>
public abstract class LoggedModelStoreContract : StoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Create_WithTagsAndParams_GetReturnsItPending()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, experiment);
        var id = LoggedModelId.New();

        var created = await stores.LoggedModels.CreateAsync(new NewLoggedModel(id, experiment, "churn", "Classifier", run.Value,
            "mlflow-artifacts:/x/models/m/artifacts", T0, [new Tag("team", "ds"), new Tag("a", "1")], [new Param("alpha", "0.1")]), None);
        var loaded = await stores.LoggedModels.GetAsync(id, None);

        var expected = new LoggedModel(id, experiment, "churn", "Classifier", run.Value, LoggedModelStatus.Pending, null,
            "mlflow-artifacts:/x/models/m/artifacts", T0, T0, LifecycleStage.Active, [new Tag("a", "1"), new Tag("team", "ds")], [new Param("alpha", "0.1")], []);
        AssertSame(expected, created);
        AssertSame(expected, loaded);
    }

    [Fact]
    public async Task Create_UnknownOrDeletedExperiment_Fails()
    {
        var stores = await OpenStoresAsync();
        var deleted = await NewExperimentAsync(stores);
        await stores.Experiments.SetLifecycleStageAsync(deleted, LifecycleStage.Deleted, T0, None);

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.LoggedModels.CreateAsync(Draft(new ExperimentId(987_654_321)), None));
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.LoggedModels.CreateAsync(Draft(deleted), None));
    }

    [Fact]
    public async Task Get_UnknownId_ThrowsNotFoundNamingIt()
    {
        var stores = await OpenStoresAsync();
        var id = LoggedModelId.New();

        var failure = await AssertFailsAsync(ErrorCode.NotFound, () => stores.LoggedModels.GetAsync(id, None));
        Assert.Contains(id.Value, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finalize_Ready_SetsStatusAndUpdateTime()
    {
        var stores = await OpenStoresAsync();
        var id = await NewModelAsync(stores, await NewExperimentAsync(stores));

        var finalized = await stores.LoggedModels.FinalizeAsync(id, LoggedModelStatus.Ready, T0 + 5, None);

        Assert.Equal((LoggedModelStatus.Ready, T0, T0 + 5), (finalized.Status, finalized.CreationTimestamp, finalized.LastUpdatedTimestamp));
        Assert.Equal(LoggedModelStatus.Ready, (await stores.LoggedModels.GetAsync(id, None)).Status);
    }

    [Fact]
    public async Task Delete_ThenAnyWrite_ThrowsInvalidStateAndGetShowsItDeleted()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, experiment);
        var id = await NewModelAsync(stores, experiment);

        await stores.LoggedModels.DeleteAsync(id, T0 + 1, None);

        Assert.Equal(LifecycleStage.Deleted, (await stores.LoggedModels.GetAsync(id, None)).LifecycleStage);
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.LoggedModels.DeleteAsync(id, T0 + 2, None));
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.LoggedModels.FinalizeAsync(id, LoggedModelStatus.Ready, T0 + 2, None));
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.LoggedModels.SetTagsAsync(id, [new Tag("k", "v")], T0 + 2, None));
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.LoggedModels.LogParamsAsync(id, [new Param("k", "v")], T0 + 2, None));
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.LoggedModels.LogOutputsAsync(run, [new ModelOutput(id.Value, 0)], None));
        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.LoggedModels.LinkMetricsAsync(run, [Linked(id, run, new Metric("acc", 1, T0, 0))], None));
    }

    [Fact]
    public async Task SetTags_ExistingKey_LastWriteWinsAndDeleteTagRemovesIt()
    {
        var stores = await OpenStoresAsync();
        var id = await NewModelAsync(stores, await NewExperimentAsync(stores), tags: [new Tag("stage", "draft")]);

        await stores.LoggedModels.SetTagsAsync(id, [new Tag("stage", "final"), new Tag("owner", "ana")], T0 + 3, None);
        var tagged = await stores.LoggedModels.GetAsync(id, None);
        await stores.LoggedModels.DeleteTagAsync(id, "owner", T0 + 4, None);
        var untagged = await stores.LoggedModels.GetAsync(id, None);

        Assert.Equal([new Tag("owner", "ana"), new Tag("stage", "final")], tagged.Tags);
        Assert.Equal(T0 + 3, tagged.LastUpdatedTimestamp);
        Assert.Equal([new Tag("stage", "final")], untagged.Tags);
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.LoggedModels.DeleteTagAsync(id, "owner", T0 + 5, None));
    }

    [Fact]
    public async Task LogParams_SameValueIsKept_OtherValueConflictsAndWritesNothing()
    {
        var stores = await OpenStoresAsync();
        var id = await NewModelAsync(stores, await NewExperimentAsync(stores), parameters: [new Param("alpha", "0.1")]);

        await stores.LoggedModels.LogParamsAsync(id, [new Param("alpha", "0.1"), new Param("depth", "6")], T0 + 1, None);
        var failure = await AssertFailsAsync(ErrorCode.Conflict,
            () => stores.LoggedModels.LogParamsAsync(id, [new Param("seed", "1"), new Param("alpha", "0.2")], T0 + 2, None));

        Assert.Contains("alpha", failure.Message, StringComparison.Ordinal);
        Assert.Equal([new Param("alpha", "0.1"), new Param("depth", "6")], (await stores.LoggedModels.GetAsync(id, None)).Params);
    }

    [Fact]
    public async Task LinkMetrics_SomeAlreadyInTheRun_LinksAllAndReturnsOnlyTheRunsMissingOnes()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, experiment);
        var id = await NewModelAsync(stores, experiment);
        var logged = new Metric("acc", 0.9, T0, 0);
        var fresh = new Metric("loss", double.NaN, T0, 0);
        await LogMetricsAsync(stores, run, logged);

        var missing = await stores.LoggedModels.LinkMetricsAsync(run, [Linked(id, run, logged), Linked(id, run, fresh, "test-set"), Linked(id, run, fresh, "test-set")], None);
        var again = await stores.LoggedModels.LinkMetricsAsync(run, [Linked(id, run, logged)], None);
        var model = await stores.LoggedModels.GetAsync(id, None);

        Assert.Equal([fresh], missing);
        Assert.Empty(again);
        Assert.Equal(["acc", "loss"], model.Metrics.Select(m => m.Metric.Key));
        Assert.Equal((id.Value, run.Value, "test-set"), (model.Metrics[1].ModelId, model.Metrics[1].RunId, model.Metrics[1].DatasetName));
        Assert.True(double.IsNaN(model.Metrics[1].Metric.Value));
    }

    [Fact]
    public async Task LinkMetrics_UnknownModelOrRun_ThrowsNotFound()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, experiment);
        var id = await NewModelAsync(stores, experiment);
        var metric = new Metric("acc", 1, T0, 0);

        await AssertFailsAsync(ErrorCode.NotFound, () => stores.LoggedModels.LinkMetricsAsync(run, [Linked(LoggedModelId.New(), run, metric)], None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.LoggedModels.LinkMetricsAsync(RunId.New(), [Linked(id, run, metric)], None));
        Assert.Empty((await stores.LoggedModels.GetAsync(id, None)).Metrics);
    }

    [Fact]
    public async Task LogOutputs_RepeatedOutputs_AreKeptOnceAndListedByStep()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, experiment);
        var first = await NewModelAsync(stores, experiment);
        var second = await NewModelAsync(stores, experiment);

        await stores.LoggedModels.LogOutputsAsync(run, [new ModelOutput(second.Value, 5), new ModelOutput(first.Value, 0)], None);
        await stores.LoggedModels.LogOutputsAsync(run, [new ModelOutput(first.Value, 0)], None);

        Assert.Equal([new ModelOutput(first.Value, 0), new ModelOutput(second.Value, 5)], await stores.LoggedModels.GetRunOutputsAsync(run, None));
        Assert.Empty(await stores.LoggedModels.GetRunOutputsAsync(await NewRunAsync(stores, experiment), None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.LoggedModels.GetRunOutputsAsync(RunId.New(), None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.LoggedModels.LogOutputsAsync(run, [new ModelOutput(LoggedModelId.New().Value, 0)], None));
    }

    [Fact]
    public async Task Search_FilterOnAttributesParamsTagsAndMetrics_FindsOnlyActiveMatchesOfTheExperiments()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, experiment);
        var good = await NewModelAsync(stores, experiment, "good", [new Tag("team", "ds")], [new Param("alpha", "0.1")]);
        var poor = await NewModelAsync(stores, experiment, "poor", [new Tag("team", "ds")], [new Param("alpha", "0.5")]);
        var gone = await NewModelAsync(stores, experiment, "gone", [new Tag("team", "ds")]);
        var elsewhere = await NewModelAsync(stores, await NewExperimentAsync(stores), "good", [new Tag("team", "ds")]);
        await stores.LoggedModels.LinkMetricsAsync(run, [Linked(good, run, new Metric("acc", 0.9, T0, 0), "test"), Linked(poor, run, new Metric("acc", 0.95, T0, 0), "train")], None);
        await stores.LoggedModels.DeleteAsync(gone, T0 + 1, None);

        var byTag = await SearchAsync(stores, [experiment], Is(Tag("team"), Op.Equal, "ds"));
        var byParam = await SearchAsync(stores, [experiment], Is(Param("alpha"), Op.Equal, "0.1"));
        var byMetric = await SearchAsync(stores, [experiment], Is(Metric("acc"), Op.Greater, 0.8));
        var byMetricOnTest = await SearchAsync(stores, [experiment], Is(Metric("acc"), Op.Greater, 0.8), datasets: [new LoggedModelDataset("test")]);
        var byName = await SearchAsync(stores, [experiment], Is(Attribute(LoggedModelAttribute.Name), Op.Equal, "good"));

        Assert.Equal(Sorted(good, poor), Sorted(byTag));
        Assert.Equal([good], byParam.Select(m => m.ModelId));
        Assert.Equal(Sorted(good, poor), Sorted(byMetric));
        Assert.Equal([good], byMetricOnTest.Select(m => m.ModelId));
        Assert.Equal([good], byName.Select(m => m.ModelId));
        Assert.DoesNotContain(elsewhere, byName.Select(m => m.ModelId));
    }

    [Fact]
    public async Task Search_OrderByMetricDescending_PutsModelsWithoutItLastAndPagesByOffset()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var run = await NewRunAsync(stores, experiment);
        var low = await NewModelAsync(stores, experiment);
        var high = await NewModelAsync(stores, experiment);
        var none = await NewModelAsync(stores, experiment);
        await stores.LoggedModels.LinkMetricsAsync(run, [Linked(low, run, new Metric("acc", 0.99, T0, 0)), Linked(low, run, new Metric("acc", 0.5, T0 + 1, 1)),
            Linked(high, run, new Metric("acc", 0.8, T0, 0))], None);
        var order = new LoggedModelOrder(Descending(Metric("acc")));

        var all = await SearchAsync(stores, [experiment], null, [order]);
        var second = await SearchAsync(stores, [experiment], null, [order], maxResults: 1, offset: 1);

        Assert.Equal([high, low, none], all.Select(m => m.ModelId));
        Assert.Equal([low], second.Select(m => m.ModelId));
    }

    [Fact]
    public async Task Search_DefaultOrder_IsNewestFirst()
    {
        var stores = await OpenStoresAsync();
        var experiment = await NewExperimentAsync(stores);
        var older = await NewModelAsync(stores, experiment, now: T0);
        var newer = await NewModelAsync(stores, experiment, now: T0 + 10);

        Assert.Equal([newer, older], (await SearchAsync(stores, [experiment], null)).Select(m => m.ModelId));
    }

    private static NewLoggedModel Draft(ExperimentId experiment, string? name = null, IReadOnlyList<Tag>? tags = null, IReadOnlyList<Param>? parameters = null, long now = T0)
    {
        var id = LoggedModelId.New();
        return new NewLoggedModel(id, experiment, name ?? Unique("model"), null, null, $"mlflow-artifacts:/{experiment}/models/{id}/artifacts", now, tags ?? [], parameters ?? []);
    }

    private static async Task<LoggedModelId> NewModelAsync(WorkspaceStores stores, ExperimentId experiment, string? name = null,
        IReadOnlyList<Tag>? tags = null, IReadOnlyList<Param>? parameters = null, long now = T0) =>
        (await stores.LoggedModels.CreateAsync(Draft(experiment, name, tags, parameters, now), None)).ModelId;

    private static LoggedModelMetric Linked(LoggedModelId model, RunId run, Metric metric, string? dataset = null) =>
        new(model.Value, run.Value, metric, dataset);

    private static Task<IReadOnlyList<LoggedModel>> SearchAsync(WorkspaceStores stores, IReadOnlyList<ExperimentId> experiments, FilterExpression? filter,
        IReadOnlyList<LoggedModelOrder>? order = null, IReadOnlyList<LoggedModelDataset>? datasets = null, int maxResults = 100, int offset = 0) =>
        stores.LoggedModels.SearchAsync(new LoggedModelSearchQuery(experiments, filter, datasets ?? [], order ?? [], maxResults, offset), None);

    private static IEnumerable<string> Sorted(params LoggedModelId[] ids) => ids.Select(i => i.Value).Order(StringComparer.Ordinal);

    private static IEnumerable<string> Sorted(IEnumerable<LoggedModel> models) => Sorted(models.Select(m => m.ModelId).ToArray());

    private static void AssertSame(LoggedModel expected, LoggedModel actual)
    {
        Assert.Equal(expected with { Tags = [], Params = [], Metrics = [] }, actual with { Tags = [], Params = [], Metrics = [] });
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected.Params, actual.Params);
        Assert.Equal(expected.Metrics, actual.Metrics);
    }
}

using Osprey.Core;
using Osprey.Core.Tracking;
using Xunit;

namespace Osprey.TestKit.Contracts;

/// <summary>Log batches: metric history and latest values, write-once params, last-write-wins tags.</summary>
public abstract partial class RunStoreContract
{
    [Fact]
    public async Task LogBatch_MetricsParamsTags_GetShowsLatestMetricsParamsAndTags()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));
        var batch = new RunBatch(
            [new Metric("loss", 0.9, T0, 0), new Metric("loss", 0.5, T0 + 1, 1), new Metric("acc", 0.7, T0, 0)],
            [new Param("lr", "0.1"), new Param("depth", "6")],
            [new Tag("team", "ds")]);

        await stores.Runs.LogBatchAsync(run, batch, None);
        var loaded = await stores.Runs.GetAsync(run, None);

        Assert.Equal([new Metric("acc", 0.7, T0, 0), new Metric("loss", 0.5, T0 + 1, 1)], loaded.Metrics);
        Assert.Equal([new Param("depth", "6"), new Param("lr", "0.1")], loaded.Params);
        Assert.Equal([new Tag("team", "ds")], loaded.Tags);
    }

    [Fact]
    public async Task LogBatch_SameParamValueAgain_IsAccepted()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));
        await stores.Runs.LogBatchAsync(run, new RunBatch([], [new Param("lr", "0.1")], []), None);

        await stores.Runs.LogBatchAsync(run, new RunBatch([], [new Param("lr", "0.1"), new Param("lr", "0.1")], []), None);

        Assert.Equal([new Param("lr", "0.1")], (await stores.Runs.GetAsync(run, None)).Params);
    }

    [Fact]
    public async Task LogBatch_ParamWithDifferentValue_ThrowsConflictAndWritesNothingOfTheBatch()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));
        await stores.Runs.LogBatchAsync(run, new RunBatch([], [new Param("lr", "0.1")], []), None);
        var batch = new RunBatch([new Metric("loss", 1, T0, 0)], [new Param("fresh", "1"), new Param("lr", "0.2")], [new Tag("t", "v")]);

        var failure = await AssertFailsAsync(ErrorCode.Conflict, () => stores.Runs.LogBatchAsync(run, batch, None));
        var loaded = await stores.Runs.GetAsync(run, None);

        Assert.Contains("'lr'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'0.1'", failure.Message, StringComparison.Ordinal);
        Assert.Contains("'0.2'", failure.Message, StringComparison.Ordinal);
        Assert.Equal([new Param("lr", "0.1")], loaded.Params);
        Assert.Empty(loaded.Metrics);
        Assert.Empty(loaded.Tags);
        Assert.Empty(await stores.Runs.GetMetricHistoryAsync(run, "loss", 10, 0, None));
    }

    [Fact]
    public async Task LogBatch_OneParamTwiceWithDifferentValues_ThrowsConflict()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));

        await AssertFailsAsync(ErrorCode.Conflict,
            () => stores.Runs.LogBatchAsync(run, new RunBatch([], [new Param("lr", "1"), new Param("lr", "2")], []), None));

        Assert.Empty((await stores.Runs.GetAsync(run, None)).Params);
    }

    [Fact]
    public async Task LogBatch_TagSetTwiceInOneBatchAndAgainLater_LastWriteWins()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores), tags: [new Tag("note", "created")]);

        await stores.Runs.LogBatchAsync(run, new RunBatch([], [], [new Tag("note", "first"), new Tag("note", "second")]), None);
        var afterBatch = await stores.Runs.GetAsync(run, None);
        await stores.Runs.LogBatchAsync(run, new RunBatch([], [], [new Tag("note", "third")]), None);
        var afterSecond = await stores.Runs.GetAsync(run, None);

        Assert.Equal([new Tag("note", "second")], afterBatch.Tags);
        Assert.Equal([new Tag("note", "third")], afterSecond.Tags);
    }

    [Fact]
    public async Task LogBatch_DeletedOrUnknownRun_Fails()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));
        await stores.Runs.SetLifecycleStageAsync(run, LifecycleStage.Deleted, None);
        var batch = new RunBatch([new Metric("m", 1, T0, 0)], [], []);

        await AssertFailsAsync(ErrorCode.InvalidState, () => stores.Runs.LogBatchAsync(run, batch, None));
        var unknown = RunId.New();
        var failure = await AssertFailsAsync(ErrorCode.NotFound, () => stores.Runs.LogBatchAsync(unknown, batch, None));
        Assert.Contains(unknown.Value, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogBatch_LaterTimestampWithLowerValueAndStep_BecomesLatest()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));

        await LogMetricsAsync(stores, run, new Metric("m", 10, T0 + 1, 5));
        await LogMetricsAsync(stores, run, new Metric("m", 1, T0 + 2, 0));
        await LogMetricsAsync(stores, run, new Metric("m", 99, T0, 9));

        Assert.Equal([new Metric("m", 1, T0 + 2, 0)], (await stores.Runs.GetAsync(run, None)).Metrics);
    }

    [Fact]
    public async Task LogBatch_SameTimestamp_GreaterValueThenGreaterStepWins()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));

        await LogMetricsAsync(stores, run, new Metric("value", 2, T0, 0), new Metric("step", 5, T0, 1));
        await LogMetricsAsync(stores, run, new Metric("value", 3, T0, 0), new Metric("value", 1, T0, 7), new Metric("step", 5, T0, 3));
        await LogMetricsAsync(stores, run, new Metric("step", 5, T0, 2));

        Assert.Equal([new Metric("step", 5, T0, 3), new Metric("value", 3, T0, 0)], (await stores.Runs.GetAsync(run, None)).Metrics);
    }

    [Fact]
    public async Task LogBatch_NaNAndInfinities_RoundTripInHistoryAndLatest()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));

        await LogMetricsAsync(stores, run,
            new Metric("x", double.NaN, T0, 0), new Metric("x", double.PositiveInfinity, T0 + 1, 1), new Metric("x", double.NegativeInfinity, T0 + 2, 2),
            new Metric("nan", double.NaN, T0 + 5, 0), new Metric("tie", double.NaN, T0, 0), new Metric("tie", -1e300, T0, 0));
        var history = await stores.Runs.GetMetricHistoryAsync(run, "x", 10, 0, None);
        var latest = (await stores.Runs.GetAsync(run, None)).Metrics.ToDictionary(m => m.Key, m => m.Value);

        Assert.Equal([double.NaN, double.PositiveInfinity, double.NegativeInfinity], history.Select(m => m.Value));
        Assert.Equal(double.NegativeInfinity, latest["x"]);
        Assert.True(double.IsNaN(latest["nan"]));
        Assert.Equal(-1e300, latest["tie"]);
    }

    [Fact]
    public async Task GetMetricHistory_ManyObservations_PagesInStepThenTimestampOrder()
    {
        var stores = await OpenStoresAsync();
        var run = await NewRunAsync(stores, await NewExperimentAsync(stores));
        await LogMetricsAsync(stores, run, new Metric("m", 3, T0 + 3, 2), new Metric("m", 1, T0 + 9, 0), new Metric("other", 0, T0, 0));
        await LogMetricsAsync(stores, run, new Metric("m", 2, T0 + 1, 1), new Metric("m", 0, T0 + 8, 0), new Metric("m", 3, T0 + 3, 2));

        var all = await stores.Runs.GetMetricHistoryAsync(run, "m", 100, 0, None);
        var page = await stores.Runs.GetMetricHistoryAsync(run, "m", 2, 1, None);

        Assert.Equal([0d, 1, 2, 3, 3], all.Select(m => m.Value));
        Assert.Equal([T0 + 8, T0 + 9, T0 + 1, T0 + 3, T0 + 3], all.Select(m => m.Timestamp));
        Assert.Equal([1d, 2], page.Select(m => m.Value));
        Assert.Empty(await stores.Runs.GetMetricHistoryAsync(run, "never-logged", 10, 0, None));
        await AssertFailsAsync(ErrorCode.NotFound, () => stores.Runs.GetMetricHistoryAsync(RunId.New(), "m", 10, 0, None));
    }
}

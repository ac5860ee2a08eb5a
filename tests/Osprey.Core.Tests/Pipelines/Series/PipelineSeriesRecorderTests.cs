using Osprey.Core.Monitoring.Series;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Series;
using Osprey.TestKit.Series;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Series;

public sealed class PipelineSeriesRecorderTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task OnStepped_TaskFails_RecordsFailureWithPipelineTaskAndState()
    {
        var store = new MemorySeriesStore();
        var recorder = new PipelineSeriesRecorder(store);
        var run = new SeriesRun(recorder);

        run.Try("ingest", TaskOutcome.Failed, Minute);
        await recorder.DisposeAsync();

        var failures = await ReadAsync(store, PipelineSeriesNames.TaskFailures, run.Pipeline);
        var ingest = Assert.Single(failures, p => p.Labels["task"] == "ingest");
        Assert.Equal(SeriesRun.Labels(("pipeline", run.Pipeline), ("task", "ingest"), ("state", "failed")), ingest.Labels);
        Assert.Equal((run.Now, 1.0), (ingest.Timestamp, ingest.Value));
        var train = Assert.Single(failures, p => p.Labels["task"] == "train");
        Assert.Equal("upstream_failed", train.Labels["state"]);
        Assert.Empty(await ReadAsync(store, PipelineSeriesNames.TaskSuccesses, run.Pipeline));
        var runFailure = Assert.Single(await ReadAsync(store, PipelineSeriesNames.RunFailures, run.Pipeline));
        Assert.Equal(SeriesRun.Labels(("pipeline", run.Pipeline)), runFailure.Labels);
    }

    [Fact]
    public async Task OnStepped_TaskSucceeds_RecordsSuccessAndDurationOfTheTry()
    {
        var store = new MemorySeriesStore();
        var recorder = new PipelineSeriesRecorder(store);
        var run = new SeriesRun(recorder);

        run.Try("ingest", TaskOutcome.Succeeded, TimeSpan.FromSeconds(90));
        var ingestEnded = run.Now;
        run.Try("train", TaskOutcome.Succeeded, Minute * 3);
        await recorder.DisposeAsync();

        var success = Assert.Single(await ReadAsync(store, PipelineSeriesNames.TaskSuccesses, run.Pipeline, ("task", "ingest")));
        Assert.Equal(SeriesRun.Labels(("pipeline", run.Pipeline), ("task", "ingest")), success.Labels);
        Assert.Equal(ingestEnded, success.Timestamp);
        var durations = await ReadAsync(store, PipelineSeriesNames.TaskDurationSeconds, run.Pipeline);
        Assert.Equal([("ingest", 90.0), ("train", 180.0)], durations.Select(p => (p.Labels["task"], p.Value)));
        Assert.Empty(await ReadAsync(store, PipelineSeriesNames.TaskFailures, run.Pipeline));
        Assert.Equal(run.Now, Assert.Single(await ReadAsync(store, PipelineSeriesNames.RunSuccesses, run.Pipeline)).Timestamp);
    }

    [Fact]
    public async Task OnStepped_TryFailsThenRetrySucceeds_RecordsUpForRetryFailureAndBothDurations()
    {
        var store = new MemorySeriesStore();
        var recorder = new PipelineSeriesRecorder(store);
        var run = new SeriesRun(recorder, retries: 1);

        run.Try("ingest", TaskOutcome.Failed, Minute);
        run.Advance(Minute * 30);
        run.Try("ingest", TaskOutcome.Succeeded, Minute * 2);
        await recorder.DisposeAsync();

        var failure = Assert.Single(await ReadAsync(store, PipelineSeriesNames.TaskFailures, run.Pipeline));
        Assert.Equal("up_for_retry", failure.Labels["state"]);
        Assert.Single(await ReadAsync(store, PipelineSeriesNames.TaskSuccesses, run.Pipeline));
        Assert.Equal([60.0, 120.0], (await ReadAsync(store, PipelineSeriesNames.TaskDurationSeconds, run.Pipeline)).Select(p => p.Value));
    }

    [Fact]
    public async Task OnStepped_StoreThrows_EngineGoesOnAndTheBatchIsLoggedAndDropped()
    {
        var store = new UnavailableSeriesStore(hangs: false);
        var log = new RecordingRuntimeLog();
        var recorder = new PipelineSeriesRecorder(store, log);
        var run = new SeriesRun(recorder);

        run.Try("ingest", TaskOutcome.Failed, Minute);
        await recorder.DisposeAsync();

        Assert.Equal(TaskState.Failed, run.Driver.StateOf("ingest"));
        Assert.Equal(PipelineRunStatus.Failed, run.Driver.State.Status);
        Assert.True(store.Appends > 0);
        Assert.NotEmpty(log.Failures);
        Assert.Contains("the series database is locked", log.Failures.First(), StringComparison.Ordinal);
        Assert.True(recorder.Dropped >= 3);
    }

    [Fact]
    public async Task OnStepped_StoreNeverAnswers_ReturnsAtOnceAndDropsWhatTheQueueCannotHold()
    {
        var store = new UnavailableSeriesStore(hangs: true);
        var recorder = new PipelineSeriesRecorder(store, capacity: 1);
        var run = new SeriesRun(recorder);

        // Every sample of these steps is offered while the first append is still waiting on the store.
        run.Try("ingest", TaskOutcome.Succeeded, Minute);
        run.Try("train", TaskOutcome.Succeeded, Minute);

        Assert.Equal(PipelineRunStatus.Success, run.Driver.State.Status);
        Assert.True(recorder.Dropped > 0);
        store.Release();
        await recorder.DisposeAsync();
    }

    private static async Task<IReadOnlyList<SeriesPoint>> ReadAsync(MemorySeriesStore store, string name, string pipeline, params (string Key, string Value)[] more)
    {
        var match = SeriesRun.Labels([("pipeline", pipeline), .. more]);
        return await store.QueryAsync(new SeriesQuery(name, match, long.MinValue, long.MaxValue), CancellationToken.None);
    }
}

using Osprey.Core.Monitoring.Series;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Series;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Series;

public sealed class ServingSeriesRecorderTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task RecordAsync_KnownLatencies_QuantilesInterpolatedWithinBuckets()
    {
        var h = new Harness();
        var stable = h.Version("stable");
        Observe(stable.Metrics, 90, 0.003);
        Observe(stable.Metrics, 10, 0.7);

        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        // 90 in (0.0025, 0.005] and 10 in (0.5, 1]: rank 50 sits 50/90 into the first, rank 99 sits 9/10 into the second.
        Assert.Equal(0.0025 + (0.0025 * 50 / 90), Single(h, "model_prediction_latency_p50_seconds").Value, 12);
        Assert.Equal(0.95, Single(h, "model_prediction_latency_p99_seconds").Value, 12);
        Assert.Equal(100, Single(h, "model_requests").Value);
        Assert.Equal(h.Clock.GetUtcNow().ToUnixTimeMilliseconds(), Single(h, "model_requests").Timestamp);
    }

    [Fact]
    public async Task RecordAsync_SecondInterval_UsesOnlyThatIntervalsBuckets()
    {
        var h = new Harness();
        var stable = h.Version("stable");
        Observe(stable.Metrics, 100, 0.7);
        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        Observe(stable.Metrics, 10, 0.003);
        h.Clock.Advance(Interval);
        var second = await h.Recorder.RecordAsync(CancellationToken.None);

        var p99 = second.Single(p => p.Name == "model_prediction_latency_p99_seconds").Value;
        Assert.Equal(0.0025 + (0.0025 * 9.9 / 10), p99, 12);
        Assert.Equal(10, second.Single(p => p.Name == "model_requests").Value);
    }

    [Fact]
    public async Task RecordAsync_NoTraffic_NoLatencyOrErrorRateSample()
    {
        var h = new Harness();
        h.Version("stable");

        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        Assert.Empty(h.Store.Named("model_prediction_latency_p99_seconds"));
        Assert.Empty(h.Store.Named("model_prediction_latency_p50_seconds"));
        Assert.Empty(h.Store.Named("model_error_rate"));
        Assert.Equal(0, Single(h, "model_requests").Value);
    }

    [Fact]
    public async Task RecordAsync_ErrorsAndAnswers_ErrorRateIsErrorsOverRequests()
    {
        var h = new Harness();
        var stable = h.Version("stable");
        Observe(stable.Metrics, 6, 0.01);
        stable.Metrics.ValidationErrors.Inc();
        stable.Metrics.ScoringErrors.Inc();

        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        Assert.Equal(8, Single(h, "model_requests").Value);
        Assert.Equal(0.25, Single(h, "model_error_rate").Value, 12);
    }

    [Fact]
    public async Task RecordAsync_StableAndCanary_EachVersionLabelledWithItsRole()
    {
        var h = new Harness();
        var stable = h.Version("stable");
        var canary = h.Version("canary");
        Observe(stable.Metrics, 4, 0.003);
        Observe(canary.Metrics, 1, 0.7);

        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        var requests = h.Store.Named("model_requests").ToDictionary(p => p.Labels["version"]);
        Assert.Equal(4, requests[stable.Version].Value);
        Assert.Equal(1, requests[canary.Version].Value);
        Assert.Equal("canary", requests[canary.Version].Labels["role"]);
        Assert.Equal(h.Model, requests[canary.Version].Labels["model"]);
        var slow = Assert.Single(h.Store.Named("model_prediction_latency_p99_seconds"), p => p.Value > 0.5);
        Assert.Equal(canary.Version, slow.Labels["version"]);
    }

    [Fact]
    public async Task RecordAsync_DroppedRows_RecordsTheDelta()
    {
        var h = new Harness();
        h.Dropped = 7;
        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);
        h.Dropped = 10;
        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        Assert.Equal([7.0, 3.0], h.Store.Named("prediction_log_dropped").Select(p => p.Value));
    }

    [Fact]
    public async Task RecordAsync_AppendFailed_NextIntervalCountsTheLostOne()
    {
        var h = new Harness();
        var stable = h.Version("stable");
        Observe(stable.Metrics, 3, 0.01);
        h.Store.Refuse = true;
        h.Clock.Advance(Interval);
        await Assert.ThrowsAsync<IOException>(() => h.Recorder.RecordAsync(CancellationToken.None));

        h.Store.Refuse = false;
        Observe(stable.Metrics, 2, 0.01);
        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        Assert.Equal(5, Single(h, "model_requests").Value);
    }

    [Fact]
    public async Task DisposeAsync_AfterStart_FlushesTheLastInterval()
    {
        var h = new Harness();
        var stable = h.Version("stable");
        h.Recorder.Start();
        Observe(stable.Metrics, 5, 0.01);

        await h.Recorder.DisposeAsync();

        Assert.Equal(5, h.Store.Named("model_requests").Sum(p => p.Value));
        Assert.Null(h.Recorder.LastError);
    }

    [Fact]
    public async Task RecordAsync_ClockNotMoved_RecordsNothingAndKeepsTheCountsForLater()
    {
        var h = new Harness();
        var stable = h.Version("stable");
        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);
        Observe(stable.Metrics, 2, 0.01);

        var same = await h.Recorder.RecordAsync(CancellationToken.None);
        h.Clock.Advance(Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        Assert.Empty(same);
        Assert.Equal([0.0, 2.0], h.Store.Named("model_requests").Select(p => p.Value));
    }

    private static SeriesPoint Single(Harness h, string name) => Assert.Single(h.Store.Named(name));

    private static void Observe(VersionMetrics metrics, int times, double seconds)
    {
        for (var i = 0; i < times; i++)
        {
            metrics.Latency.Observe(seconds);
        }
    }
}

using Osprey.Core;
using Osprey.Core.Monitoring.Performance;
using Osprey.Core.Monitoring.Series;
using Osprey.Core.Serving.Predictions;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Performance monitoring over a real prediction log: late ground truth, unlabelled predictions, versions, buckets, verdicts and recorded series.</summary>
public sealed class SeriesPerformanceMonitorTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 8, 12, 0, 0, TimeSpan.Zero);
    private static readonly long Day = (long)TimeSpan.FromDays(1).TotalMilliseconds;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Evaluate_LateLabels_ScoresOnlyLabelledAndCountsTheRest()
    {
        var model = Some.Name("churn");
        var t = Now.ToUnixTimeMilliseconds() - 2 * Day;
        await LogAsync(model,
            Row("a", t, 1, "Yes", 0.9), Row("b", t + 1, 1, "Yes", 0.8), Row("c", t + 2, 1, "No", 0.2), Row("d", t + 3, 1, "No", 0.3),
            Row("e", t + 4, 1, "No", 0.4));
        // Ground truth arrives a day after the predictions, and only for four of five.
        await TruthAsync(model, Now.ToUnixTimeMilliseconds() - Day, ("a", "Yes"), ("b", "No"), ("c", "No"), ("d", "Yes"));

        var report = await Monitor().EvaluateAsync(Options(model, minLabelled: 1), None);

        var version = Assert.Single(report.Versions);
        Assert.Equal((5, 4, 1), (version.Predictions, version.Labelled, version.Unlabelled));
        Assert.Equal(PerformanceKind.Binary, report.Kind);
        Assert.Equal("Yes", report.PositiveClass);
        // Labelled: a TP, b FP, c TN, d FN.
        Assert.Equal(0.5, version.Metrics["accuracy"], 10);
        Assert.Equal(0.5, version.Metrics["precision"], 10);
        Assert.Equal(0.5, version.Metrics["recall"], 10);
        Assert.Equal(0.5, version.Metrics["f1"], 10);
        // Scores: positives a 0.9, d 0.3; negatives b 0.8, c 0.2 → 3 of 4 pairs ordered.
        Assert.Equal(0.75, version.Metrics["roc_auc"], 10);
    }

    [Fact]
    public async Task Evaluate_TwoVersionsAndDays_SplitsPerVersionAndBucketWithShares()
    {
        var model = Some.Name("churn");
        var day1 = Now.ToUnixTimeMilliseconds() - 3 * Day;
        var day2 = day1 + Day;
        await LogAsync(model,
            Row("v1a", day1, 1, "Yes", 0.9), Row("v1b", day1 + 5, 1, "No", 0.1),
            Row("v1c", day2, 1, "Yes", 0.7), Row("v2a", day2 + 5, 2, "Yes", 0.6));
        await TruthAsync(model, Now.ToUnixTimeMilliseconds(), ("v1a", "Yes"), ("v1b", "No"), ("v1c", "No"), ("v2a", "Yes"));

        var report = await Monitor().EvaluateAsync(Options(model, minLabelled: 1), None);

        Assert.Equal([1, 2], report.Versions.Select(v => v.Version));
        var v1 = report.Versions[0];
        // Now is noon: the window starts at the midnight 7.5 days back, so the last of 8 buckets is half a day.
        Assert.Equal(8, v1.Windows.Count);
        Assert.Equal(report.To, v1.Windows[^1].End);
        var first = v1.Windows.Single(w => w.Start <= day1 && day1 < w.End);
        var second = v1.Windows.Single(w => w.Start <= day2 && day2 < w.End);
        Assert.Equal(1.0, first.Metrics["accuracy"]);
        Assert.Equal(0.0, second.Metrics["accuracy"]);
        Assert.Equal(0.5, first.PredictionShares["Yes"]);
        Assert.Equal(1.0, report.Versions[1].Metrics["accuracy"]);
        Assert.All(v1.Windows, w => Assert.Equal(0, (w.Start - report.From) % Day));
    }

    [Fact]
    public async Task Evaluate_Thresholds_GiveDegradedHealthyAndInsufficientVerdicts()
    {
        var model = Some.Name("churn");
        var t = Now.ToUnixTimeMilliseconds() - Day;
        await LogAsync(model, Row("a", t, 1, "Yes", 0.9), Row("b", t + 1, 1, "Yes", 0.8), Row("c", t + 2, 1, "No", 0.1), Row("d", t + 3, 1, "No", 0.1));
        await TruthAsync(model, t + 10, ("a", "Yes"), ("b", "No"), ("c", "No"), ("d", "No"));
        var monitor = Monitor();

        var degraded = await monitor.EvaluateAsync(Options(model, 1, PerformanceThreshold.Parse("f1=0.9")), None);
        var healthy = await monitor.EvaluateAsync(Options(model, 1, PerformanceThreshold.Parse("f1 < 0.5"), PerformanceThreshold.Parse("accuracy=0.7")), None);
        var tooFew = await monitor.EvaluateAsync(Options(model, 10, PerformanceThreshold.Parse("f1=0.9")), None);

        Assert.Equal(PerformanceVerdict.Degraded, degraded.Verdict);
        var check = Assert.Single(degraded.Versions[0].Checks);
        Assert.True(check.Breached);
        Assert.Equal(2.0 / 3, check.Value, 10);
        Assert.Equal(PerformanceVerdict.Healthy, healthy.Verdict);
        Assert.Equal(PerformanceVerdict.InsufficientData, tooFew.Verdict);
    }

    [Fact]
    public async Task Record_Report_WritesMetricAndDistributionSeriesReplacingOnRerun()
    {
        var model = Some.Name("churn");
        var t = Now.ToUnixTimeMilliseconds() - Day;
        await LogAsync(model, Row("a", t, 3, "Yes", 0.9), Row("b", t + 1, 3, "No", 0.2));
        await TruthAsync(model, t + 10, ("a", "Yes"));
        var monitor = Monitor();
        await monitor.RecordAsync(await monitor.EvaluateAsync(Options(model, 1), None), None);
        await TruthAsync(model, t + 20, ("b", "Yes"));

        await monitor.RecordAsync(await monitor.EvaluateAsync(Options(model, 1), None), None);

        var labels = new Dictionary<string, string> { ["model"] = model, ["version"] = "3" };
        var accuracy = await database.Stores.Series.QueryAsync(new SeriesQuery("model_accuracy", labels, 0, long.MaxValue), None);
        var share = await database.Stores.Series.QueryAsync(
            new SeriesQuery(PerformanceSeries.Distribution, new Dictionary<string, string>(labels) { ["class"] = "No" }, 0, long.MaxValue), None);
        Assert.Equal([0.5], accuracy.Select(p => p.Value));
        Assert.Equal([0.5], share.Select(p => p.Value));
        Assert.Contains("model_f1", await database.Stores.Series.ListNamesAsync(None));
    }

    [Fact]
    public async Task Evaluate_Regression_ComputesErrorsAndSkipsNonNumericTruth()
    {
        var model = Some.Name("price");
        var t = Now.ToUnixTimeMilliseconds() - Day;
        await LogAsync(model, Regression("a", t, 10), Regression("b", t + 1, 20), Regression("c", t + 2, 5));
        await TruthAsync(model, t + 5, ("a", "12"), ("b", "18"), ("c", "n/a"));

        var report = await Monitor().EvaluateAsync(Options(model, 1, PerformanceThreshold.Parse("rmse=1.5")), None);

        var version = Assert.Single(report.Versions);
        Assert.Equal(PerformanceKind.Regression, report.Kind);
        Assert.Equal(2, version.Labelled);
        Assert.Equal(2.0, version.Metrics["rmse"], 10);
        Assert.Equal(2.0, version.Metrics["mae"], 10);
        Assert.Equal(PerformanceVerdict.Degraded, report.Verdict);
    }

    private PerformanceMonitor Monitor() => new(database.Stores, new ManualTimeProvider(Now));

    private static PerformanceOptions Options(string model, int minLabelled, params PerformanceThreshold[] thresholds) =>
        new(model, TimeSpan.FromDays(7), TimeSpan.FromDays(1), thresholds, MinLabelled: minLabelled);

    private Task LogAsync(string model, params Func<string, PredictionRecord>[] rows) =>
        database.Stores.PredictionLog.AppendAsync(PredictionBatch.From(rows.Select(r => r(model))), None);

    private async Task TruthAsync(string model, long at, params (string Request, string Label)[] truths)
    {
        foreach (var (request, label) in truths)
        {
            await database.Stores.PredictionLog.RecordGroundTruthAsync(new GroundTruth(model + request, 0, label, at), None);
        }
    }

    private static Func<string, PredictionRecord> Row(string request, long time, int version, string predicted, double probability) =>
        model => new(model + request, 0, time, model, version, "stable", "{}",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"probability\":{probability}}}"), predicted, 1);

    private static Func<string, PredictionRecord> Regression(string request, long time, double prediction) =>
        model => new(model + request, 0, time, model, 1, "stable", "{}",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{{\"prediction\":{prediction}}}"), null, 1);
}

using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Rules;
using Osprey.Core.Alerting.Uptime;
using Osprey.Core.Tests.Alerting.Uptime;
using Osprey.TestKit.Series;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Rules;

public sealed class RuleEngineTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task AccuracyRule_BelowForFifteenMinutes_PendingThenFiringThenResolved()
    {
        var series = new MemorySeriesStore();
        var h = new EngineHarness(series: series);
        var rule = Monitors.Rule(Rule("model_accuracy{model=\"churn\"}", "avg", Minute * 15, "<", 0.85, Minute * 15,
            ("severity", "critical"), ("team", "ml")), Minute);
        h.Engine.Apply(rule);
        var alias = rule.RuleAlias("{model=\"churn\"}");

        await RecordAsync(h, series, TimeSpan.FromMinutes(14), 0.70);
        var instance = h.Engine.Statuses().Single(s => s.Monitor == rule.Name);
        Assert.Empty(h.Sink.Raised);
        Assert.Equal(MonitorState.Up, instance.State);

        await RecordAsync(h, series, TimeSpan.FromMinutes(2), 0.70);
        var raised = Assert.Single(h.Sink.Raised);
        Assert.Equal(alias, raised.Alias);
        Assert.Equal(AlertPriority.P1, raised.Priority);
        Assert.Equal("team", Assert.Single(raised.Responders!).Type);
        Assert.Equal(MonitorState.Down, h.StateOf(rule.Name));

        await RecordAsync(h, series, TimeSpan.FromMinutes(30), 0.95);
        Assert.Equal([alias], h.Sink.Resolved);
        Assert.Single(h.Sink.Raised);
        Assert.Equal(MonitorState.Up, h.StateOf(rule.Name));
    }

    [Fact]
    public async Task Condition_FlapsBeforeFor_NeverFires()
    {
        var series = new MemorySeriesStore();
        var h = new EngineHarness(series: series);
        h.Engine.Apply(Monitors.Rule(Rule("feature_drift_score", "last", Minute * 5, ">", 0.3, Minute * 3), Minute));

        for (var i = 0; i < 5; i++)
        {
            await RecordAsync(h, series, Minute * 2, 0.5, "feature_drift_score");
            await RecordAsync(h, series, Minute, 0.1, "feature_drift_score");
        }

        Assert.Empty(h.Sink.Raised);
    }

    [Fact]
    public async Task DriftRule_EachSeries_FiresSeparatelyWithItsOwnAlias()
    {
        var series = new MemorySeriesStore();
        var h = new EngineHarness(series: series);
        var rule = Monitors.Rule(Rule("feature_drift_score{model=\"churn\"}", "last", Minute * 10, ">", 0.3, TimeSpan.Zero,
            ("severity", "warning")) with { Annotations = new Dictionary<string, string> { ["summary"] = "drift on {{ $labels.column }}: {{ $value }}" } }, Minute);
        h.Engine.Apply(rule);
        series.Add("feature_drift_score", h.Now, 0.5, ("model", "churn"), ("column", "tenure"));
        series.Add("feature_drift_score", h.Now, 0.1, ("model", "churn"), ("column", "charges"));
        series.Add("feature_drift_score", h.Now, 0.9, ("model", "other"), ("column", "tenure"));

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await h.Engine.RunDueAsync(CancellationToken.None);

        var raised = Assert.Single(h.Sink.Raised);
        Assert.Equal(rule.RuleAlias("{column=\"tenure\",model=\"churn\"}"), raised.Alias);
        Assert.Equal("drift on tenure: 0.5", raised.Message);
        Assert.Equal(AlertPriority.P3, raised.Priority);
    }

    [Fact]
    public async Task LatencyP99_AboveHalfSecond_Fires()
    {
        var series = new MemorySeriesStore();
        var h = new EngineHarness(series: series);
        h.Engine.Apply(Monitors.Rule(Rule("request_latency_seconds", "quantile(0.99)", Minute * 5, ">", 0.5, TimeSpan.Zero), Minute));
        for (var i = 0; i < 100; i++)
        {
            series.Add("request_latency_seconds", h.Now - (i * 1000), i < 95 ? 0.05 : 2.0);
        }

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await h.Engine.RunDueAsync(CancellationToken.None);

        Assert.Single(h.Sink.Raised);
    }

    [Fact]
    public async Task DataRefreshAge_OverTwoHours_FiresAndNewRefreshResolves()
    {
        var series = new MemorySeriesStore();
        var h = new EngineHarness(series: series);
        h.Engine.Apply(Monitors.Rule(Rule("dataset_refreshed{dataset=\"customers\"}", "age", TimeSpan.FromDays(2), ">", 7200, TimeSpan.Zero), TimeSpan.FromMinutes(10)));
        series.Add("dataset_refreshed", h.Now, 1, ("dataset", "customers"));

        await h.AdvanceAsync(TimeSpan.FromMinutes(110), TimeSpan.FromMinutes(10));
        Assert.Empty(h.Sink.Raised);
        await h.AdvanceAsync(TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(10));
        Assert.Single(h.Sink.Raised);

        series.Add("dataset_refreshed", h.Now, 1, ("dataset", "customers"));
        await h.AdvanceAsync(TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));
        Assert.Single(h.Sink.Resolved);
    }

    [Fact]
    public async Task TaskFailuresRate_CounterIncreases_Fires()
    {
        var series = new MemorySeriesStore();
        var h = new EngineHarness(series: series);
        h.Engine.Apply(Monitors.Rule(Rule("pipeline_task_failures_total{pipeline=\"churn\"}", "rate", Minute * 10, ">", 0, TimeSpan.Zero), Minute));
        series.Add("pipeline_task_failures_total", h.Now - 300_000, 3, ("pipeline", "churn"));
        series.Add("pipeline_task_failures_total", h.Now - 60_000, 3, ("pipeline", "churn"));

        h.Clock.Advance(TimeSpan.FromSeconds(1));
        await h.Engine.RunDueAsync(CancellationToken.None);
        Assert.Empty(h.Sink.Raised);

        series.Add("pipeline_task_failures_total", h.Now, 4, ("pipeline", "churn"));
        await h.AdvanceAsync(Minute, Minute);
        Assert.Single(h.Sink.Raised);
    }

    private static async Task RecordAsync(EngineHarness h, MemorySeriesStore series, TimeSpan span, double value, string name = "model_accuracy")
    {
        for (var moved = TimeSpan.Zero; moved < span; moved += Minute)
        {
            series.Add(name, h.Now, value, ("model", "churn"));
            h.Clock.Advance(Minute);
            await h.Engine.RunDueAsync(CancellationToken.None);
        }
    }

    private static MetricRule Rule(string selector, string function, TimeSpan window, string op, double threshold, TimeSpan holdFor, params (string, string)[] labels)
    {
        Assert.True(ComparisonText.TryParse(op, out var comparison));
        return new MetricRule(SeriesSelector.Parse(selector, out _)!, WindowFunction.Parse(function)!, window, comparison, threshold, holdFor,
            labels.ToDictionary(l => l.Item1, l => l.Item2), new Dictionary<string, string>());
    }
}

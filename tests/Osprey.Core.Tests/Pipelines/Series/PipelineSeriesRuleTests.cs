using Osprey.Core.Alerting.Rules;
using Osprey.Core.Alerting.Uptime;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Series;
using Osprey.Core.Tests.Alerting.Uptime;
using Osprey.TestKit.Series;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Series;

public sealed class PipelineSeriesRuleTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task TaskFailedRule_TaskFails_FiresForThatTaskAndResolvesAfterTheWindow()
    {
        var series = new MemorySeriesStore();
        var h = new EngineHarness(series: series);
        var recorder = new PipelineSeriesRecorder(series);
        var run = new SeriesRun(recorder, h.Clock);
        var rule = Monitors.Rule(Rule($"pipeline_task_failures{{pipeline=\"{run.Pipeline}\",state=\"failed\"}}", "max", TimeSpan.FromHours(1), ">", 0), Minute);
        h.Engine.Apply(rule);
        await h.AdvanceAsync(Minute, Minute);
        Assert.Empty(h.Sink.Raised);

        run.Try("ingest", TaskOutcome.Failed, Minute);
        await recorder.DisposeAsync();
        await h.AdvanceAsync(Minute, Minute);

        var alias = rule.RuleAlias($"{{pipeline=\"{run.Pipeline}\",state=\"failed\",task=\"ingest\"}}");
        Assert.Equal(alias, Assert.Single(h.Sink.Raised).Alias);
        await h.AdvanceAsync(TimeSpan.FromMinutes(61), Minute);
        Assert.Equal([alias], h.Sink.Resolved);
    }

    [Fact]
    public async Task DataStaleRule_NoIngestSuccessForTwoHours_Fires()
    {
        var series = new MemorySeriesStore();
        var h = new EngineHarness(series: series);
        var recorder = new PipelineSeriesRecorder(series);
        var run = new SeriesRun(recorder, h.Clock);
        h.Engine.Apply(Monitors.Rule(Rule($"pipeline_task_successes{{pipeline=\"{run.Pipeline}\",task=\"ingest\"}}", "age", TimeSpan.FromDays(7), ">", 7200),
            TimeSpan.FromMinutes(10)));

        run.Try("ingest", TaskOutcome.Succeeded, Minute);
        await recorder.DisposeAsync();
        await h.AdvanceAsync(TimeSpan.FromMinutes(110), TimeSpan.FromMinutes(10));
        Assert.Empty(h.Sink.Raised);

        await h.AdvanceAsync(TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(10));
        Assert.Single(h.Sink.Raised);
    }

    private static MetricRule Rule(string selector, string function, TimeSpan window, string op, double threshold)
    {
        Assert.True(ComparisonText.TryParse(op, out var comparison));
        return new MetricRule(SeriesSelector.Parse(selector, out _)!, WindowFunction.Parse(function)!, window, comparison, threshold, TimeSpan.Zero,
            new Dictionary<string, string>(), new Dictionary<string, string>());
    }
}

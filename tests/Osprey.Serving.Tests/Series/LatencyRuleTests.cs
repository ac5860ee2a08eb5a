using Osprey.Core.Alerting.Rules;
using Osprey.Core.Monitoring.Series;

namespace Osprey.Serving.Tests.Series;

public sealed class LatencyRuleTests
{
    [Fact]
    public async Task MaxP99OverFiveMinutes_SlowIntervalRecorded_RuleHolds()
    {
        var h = new Harness();
        var stable = h.Version("stable");
        var rule = Rule($"model_prediction_latency_p99_seconds{{model=\"{h.Model}\"}}");
        for (var i = 0; i < 4; i++)
        {
            stable.Metrics.Latency.Observe(0.003);
            h.Clock.Advance(h.Recorder.Interval);
            await h.Recorder.RecordAsync(CancellationToken.None);
        }
        Assert.False(rule.Holds(await ReduceAsync(rule, h)));

        stable.Metrics.Latency.Observe(0.9);
        h.Clock.Advance(h.Recorder.Interval);
        await h.Recorder.RecordAsync(CancellationToken.None);

        Assert.True(rule.Holds(await ReduceAsync(rule, h)));
    }

    private static MetricRule Rule(string selector) => new(
        SeriesSelector.Parse(selector, out var error) ?? throw new InvalidOperationException(error),
        WindowFunction.Parse("max")!, TimeSpan.FromMinutes(5), Comparison.GreaterThan, 0.5, TimeSpan.Zero,
        new Dictionary<string, string>(), new Dictionary<string, string>());

    // Reads the window as the rule engine does: the samples of the selected series in (now - window, now].
    private static async Task<double> ReduceAsync(MetricRule rule, Harness h)
    {
        var now = h.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var window = (long)rule.Window.TotalMilliseconds;
        var points = await h.Store.QueryAsync(new SeriesQuery(rule.Selector.Name, rule.Selector.EqualityMatch, now - window, now + 1), CancellationToken.None);
        var samples = points.Where(p => rule.Selector.Matches(p.Labels)).Select(p => (p.Timestamp, p.Value)).ToList();
        return rule.Function.Apply(samples, now, rule.Window) ?? throw new InvalidOperationException("the window holds no samples");
    }
}

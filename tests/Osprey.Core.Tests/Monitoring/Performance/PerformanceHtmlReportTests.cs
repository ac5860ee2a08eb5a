using Osprey.Core.Monitoring.Performance;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Performance;

public sealed class PerformanceHtmlReportTests
{
    [Fact]
    public void Build_DegradedVersion_ShowsVerdictTrainingComparisonBreachAndCharts()
    {
        var window = new WindowPerformance(0, 86_400_000, 10, 8, Metrics(("f1", 0.41)), new Dictionary<string, double> { ["Yes"] = 0.3, ["No"] = 0.7 });
        var version = new VersionPerformance(4, 10, 8, Metrics(("f1", 0.41), ("accuracy", 0.7)), Metrics(("f1", 0.72)), [window],
            [new ThresholdResult("f1 < 0.6", "f1", 0.41, true)], PerformanceVerdict.Degraded);
        var report = new PerformanceReport("churn<script>", PerformanceKind.Binary, "Yes", 0, 86_400_000, 86_400_000, 1, ["f1 < 0.6"], [version], PerformanceVerdict.Degraded);

        var html = PerformanceHtmlReport.Build(report).Render();

        Assert.Contains("Degraded", html, StringComparison.Ordinal);
        Assert.Contains("0.41 (0.72)", html, StringComparison.Ordinal);
        Assert.Contains("breached", html, StringComparison.Ordinal);
        Assert.Contains("f1 &lt; 0.6", html, StringComparison.Ordinal);
        Assert.Contains("f1 per bucket", html, StringComparison.Ordinal);
        Assert.Contains("share of predictions per class", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    private static Dictionary<string, double> Metrics(params (string Name, double Value)[] metrics) =>
        metrics.ToDictionary(m => m.Name, m => m.Value, StringComparer.Ordinal);
}

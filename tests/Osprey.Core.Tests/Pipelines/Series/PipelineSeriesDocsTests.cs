using Osprey.Core.Alerting.Rules;
using Osprey.Core.Alerting.Uptime;
using Osprey.Core.Pipelines.Series;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Series;

public sealed class PipelineSeriesDocsTests
{
    [Fact]
    public void UptimeGuide_PipelineRuleExamples_LoadOverTheRecordedSeries()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "uptime.md"));
        var start = guide.IndexOf("# a task of the churn pipeline failed", StringComparison.Ordinal);
        Assert.True(start > 0, "docs/uptime.md lost its pipeline rule examples");
        var end = guide.IndexOf("```", start, StringComparison.Ordinal);
        var yaml = "monitors:\n" + guide[start..end];

        var monitors = MonitorYamlLoader.Load("uptime.md", yaml).OrThrow();

        Assert.Equal(
            [(PipelineSeriesNames.TaskFailures, WindowFunctionKind.Max), (PipelineSeriesNames.TaskSuccesses, WindowFunctionKind.Age)],
            monitors.Select(m => (m.Rule!.Selector.Name, m.Rule.Function.Kind)));
        Assert.Equal(7200, monitors[1].Rule!.Threshold);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "docs", "uptime.md")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new DirectoryNotFoundException("no docs/uptime.md above the test binaries");
    }
}

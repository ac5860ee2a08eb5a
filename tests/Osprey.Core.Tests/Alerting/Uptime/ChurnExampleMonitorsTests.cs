using Osprey.Core.Alerting.Uptime;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Uptime;

public sealed class ChurnExampleMonitorsTests
{
    [Fact]
    public void LoadFolder_ChurnExample_LoadsHttpHeartbeatAndRules()
    {
        var folder = Path.Combine(RepositoryRoot(), "examples", "churn", "monitors");

        var result = MonitorYamlLoader.LoadFolder(folder);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(["churn-f1-low", "churn-feature-drift", "churn-model-server", "churn-pipeline"], result.Monitors.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Equal("\"status\":\"ok\"", result.Monitors.Single(m => m.Kind == MonitorKind.Http).Http!.Keyword);
        Assert.Equal(TimeSpan.FromHours(26), result.Monitors.Single(m => m.Kind == MonitorKind.Heartbeat).Heartbeat!.Deadline);
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Osprey.slnx")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("Osprey.slnx not found above the test folder");
    }
}

using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Rules;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Core.Tests.Alerting.Uptime;

/// <summary>Builds definitions for tests with a unique name each.</summary>
internal static class Monitors
{
    public static string Name(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    public static MonitorDefinition Http(Uri url, TimeSpan? interval = null, TimeSpan? confirmation = null, TimeSpan? recovery = null) =>
        Base(Name("web"), MonitorKind.Http, interval, confirmation, recovery) with
        {
            Http = new HttpCheck(url, "GET", new Dictionary<string, string>(), null, TimeSpan.FromSeconds(5), [], null, null, null),
        };

    public static MonitorDefinition Heartbeat(TimeSpan period, TimeSpan grace) =>
        Base(Name("job"), MonitorKind.Heartbeat, null, null, null) with { Heartbeat = new HeartbeatSettings(period, grace, HeartbeatTokens.Create()) };

    public static MonitorDefinition Rule(MetricRule rule, TimeSpan? interval = null) =>
        Base(Name("rule"), MonitorKind.Rule, interval, null, null) with { Rule = rule, OnStatusPage = false };

    public static MonitorDefinition Base(string name, MonitorKind kind, TimeSpan? interval, TimeSpan? confirmation, TimeSpan? recovery) =>
        new(name, kind, interval ?? TimeSpan.FromSeconds(30), confirmation ?? TimeSpan.Zero, recovery ?? TimeSpan.Zero,
            AlertPriority.P2, ["test"], Paused: false, OnStatusPage: true, Maintenance: []);
}

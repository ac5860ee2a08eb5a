using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Rules;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>One monitor as declared in <c>monitors/*.yaml</c> or created over the API; exactly the part matching <paramref name="Kind"/> is set.</summary>
/// <param name="Interval">How often an HTTP or TCP monitor checks and a rule evaluates (heartbeats wait for pings instead).</param>
/// <param name="ConfirmationPeriod">How long failures must last before an incident opens (zero: at the first failure).</param>
/// <param name="RecoveryPeriod">How long successes must last before the incident resolves (zero: at the first success).</param>
/// <param name="OnStatusPage">Whether the public status page shows this monitor.</param>
public sealed record MonitorDefinition(
    string Name,
    MonitorKind Kind,
    TimeSpan Interval,
    TimeSpan ConfirmationPeriod,
    TimeSpan RecoveryPeriod,
    AlertPriority Priority,
    IReadOnlyList<string> Tags,
    bool Paused,
    bool OnStatusPage,
    IReadOnlyList<MaintenanceWindow> Maintenance,
    HttpCheck? Http = null,
    TcpCheck? Tcp = null,
    HeartbeatSettings? Heartbeat = null,
    MetricRule? Rule = null)
{
    /// <summary>Gets the alias of this monitor's alert: <c>heartbeat:NAME</c>, <c>uptime:NAME</c> (rules add their label set, see <see cref="RuleAlias"/>).</summary>
    public string Alias => Kind == MonitorKind.Heartbeat ? $"heartbeat:{Name}" : $"uptime:{Name}";

    /// <summary>Gets the alert source recorded on raised alerts.</summary>
    public string Source => Kind switch
    {
        MonitorKind.Heartbeat => "osprey-heartbeat",
        MonitorKind.Rule => "osprey-rule",
        _ => "osprey-uptime",
    };

    /// <summary>Returns the alias of one series of a rule: <c>rule:NAME:{labels}</c>.</summary>
    public string RuleAlias(string labelSet) => $"rule:{Name}:{labelSet}";

    /// <summary>Returns whether a maintenance window covers <paramref name="at"/> (Unix milliseconds).</summary>
    public bool InMaintenance(long at) => Maintenance.Any(w => w.Covers(at));

    /// <summary>Returns the end of the maintenance window covering <paramref name="at"/>, or null outside any.</summary>
    public long? MaintenanceEnd(long at) => Maintenance.Where(w => w.Covers(at)).Select(w => (long?)w.To).Max();
}

namespace Osprey.Core.Alerting.Uptime;

/// <summary>The probes the engine checks HTTP and TCP monitors with (one shared instance of each for all monitors).</summary>
public sealed record UptimeProbes(IProbe Http, IProbe Tcp)
{
    /// <summary>Returns the probe for a monitor kind.</summary>
    public IProbe For(MonitorKind kind) => kind == MonitorKind.Tcp ? Tcp : Http;
}

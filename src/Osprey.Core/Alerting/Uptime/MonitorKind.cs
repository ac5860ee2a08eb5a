namespace Osprey.Core.Alerting.Uptime;

/// <summary>What a monitor watches: an HTTP(S) endpoint, a TCP port, a heartbeat that must be pinged, or a metric rule over the series store.</summary>
public enum MonitorKind
{
    Http,
    Tcp,
    Heartbeat,
    Rule,
}

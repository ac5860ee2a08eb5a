namespace Osprey.Core.Alerting.Uptime;

/// <summary>A monitor's current condition as the status page shows it: pending until its first result, then up or down; paused and maintenance override both.</summary>
public enum MonitorState
{
    Pending,
    Up,
    Down,
    Paused,
    Maintenance,
}

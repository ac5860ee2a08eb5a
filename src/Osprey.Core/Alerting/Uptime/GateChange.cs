namespace Osprey.Core.Alerting.Uptime;

/// <summary>What a result did to a monitor's incident: nothing, opened one, or resolved the open one.</summary>
public enum GateChange
{
    None,
    Opened,
    Resolved,
}

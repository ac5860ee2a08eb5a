namespace Osprey.Core.Alerting.Heartbeats;

/// <summary>A heartbeat expects a ping every <paramref name="Period"/>; it is down once <paramref name="Period"/> + <paramref name="Grace"/> pass without one. <paramref name="Token"/> is the secret in its ping URL.</summary>
public sealed record HeartbeatSettings(TimeSpan Period, TimeSpan Grace, string Token)
{
    /// <summary>Gets how long after a ping the heartbeat is declared down.</summary>
    public TimeSpan Deadline => Period + Grace;
}

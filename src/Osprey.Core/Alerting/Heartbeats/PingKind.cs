namespace Osprey.Core.Alerting.Heartbeats;

/// <summary>What a ping reports: the job succeeded, the job started (the next success records a duration), or the job failed (an incident opens at once).</summary>
public enum PingKind
{
    Success,
    Start,
    Fail,
}

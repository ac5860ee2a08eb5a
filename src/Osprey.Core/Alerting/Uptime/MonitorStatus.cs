namespace Osprey.Core.Alerting.Uptime;

/// <summary>A monitor's current state as stored and shown (times in Unix milliseconds): since when, the last check or ping, and the cause of the last failure.</summary>
public sealed record MonitorStatus(
    string Monitor,
    MonitorState State,
    long? Since,
    long? LastCheckAt,
    string? LastCause,
    long? LastPingAt,
    double? LastLatencyMs);

namespace Osprey.Core.Alerting.Uptime;

/// <summary>One outage of a monitor: when it started, when it ended (null while open) and why (Unix milliseconds).</summary>
public sealed record Incident(long Id, string Monitor, long Start, long? End, string Cause);

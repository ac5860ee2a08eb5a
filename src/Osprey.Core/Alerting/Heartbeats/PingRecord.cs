namespace Osprey.Core.Alerting.Heartbeats;

/// <summary>One ping a heartbeat received (Unix milliseconds); a success after a start carries the job's duration.</summary>
public sealed record PingRecord(string Monitor, long At, PingKind Kind, long? DurationMs);

namespace Osprey.Server.Monitoring.Contracts;

/// <summary><c>POST /api/osprey/monitoring/retrain</c>: a monitor asks for a run of <paramref name="Pipeline"/>, at most once per
/// <paramref name="CooldownMs"/> for the same monitor and pipeline.</summary>
public sealed record RetrainTriggerRequest(string? Monitor, string? Pipeline, long? CooldownMs, string? Reason);

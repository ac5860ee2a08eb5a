namespace Osprey.Core.Monitoring.Triggers;

/// <summary>A monitor's request to start a pipeline because a threshold was crossed; at most one run per monitor and pipeline within the cooldown.</summary>
public sealed record RetrainRequest(string Monitor, string Pipeline, TimeSpan Cooldown, string Reason);

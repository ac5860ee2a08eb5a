namespace Osprey.Core.Monitoring.Triggers;

/// <summary>What a retrain request did: the pipeline run it started, or why not and when the cooldown ends (Unix milliseconds).</summary>
public sealed record RetrainOutcome(bool Fired, string? PipelineRunId, long? CooldownEndsAt, string Explanation);

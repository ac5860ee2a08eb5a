namespace Osprey.Server.Monitoring.Contracts;

/// <summary>What a retrain request did: the run it started, or why not; <paramref name="CooldownEndsAt"/> in Unix milliseconds.</summary>
public sealed record RetrainTriggerResponse(bool Fired, string? PipelineRunId, long? CooldownEndsAt, string Explanation);

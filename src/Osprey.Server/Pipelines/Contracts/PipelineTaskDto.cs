namespace Osprey.Server.Pipelines.Contracts;

/// <summary>One task of a pipeline definition.</summary>
public sealed record PipelineTaskDto(string Id, string Type, IReadOnlyList<string> DependsOn, string TriggerRule, int Retries, long? ExecutionTimeoutMs);

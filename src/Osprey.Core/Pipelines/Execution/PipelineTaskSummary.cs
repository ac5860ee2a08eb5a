namespace Osprey.Core.Pipelines.Execution;

/// <summary>One task of a pipeline as <c>osprey pipelines show</c> lists it.</summary>
public sealed record PipelineTaskSummary(string Id, string Type, IReadOnlyList<string> DependsOn, string TriggerRule, int Retries, TimeSpan? ExecutionTimeout);

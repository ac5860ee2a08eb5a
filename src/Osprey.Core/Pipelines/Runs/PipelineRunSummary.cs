namespace Osprey.Core.Pipelines.Runs;

/// <summary>One line of a run list.</summary>
public sealed record PipelineRunSummary(
    PipelineRunId Id,
    string Pipeline,
    RunKind Kind,
    DateTimeOffset LogicalDate,
    PipelineRunStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt);

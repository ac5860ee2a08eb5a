namespace Osprey.Server.Pipelines.Contracts;

/// <summary>One run in a run list.</summary>
public sealed record PipelineRunSummaryDto(string RunId, string Pipeline, string Kind, DateTimeOffset LogicalDate, string Status,
    DateTimeOffset CreatedAt, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt);

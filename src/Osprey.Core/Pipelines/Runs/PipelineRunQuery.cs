namespace Osprey.Core.Pipelines.Runs;

/// <summary>Which runs to list: of one pipeline or all, in some statuses or any, created before an instant (for paging), at most <see cref="MaxResults"/>.</summary>
public sealed record PipelineRunQuery(string? Pipeline = null, IReadOnlyList<PipelineRunStatus>? Statuses = null, DateTimeOffset? CreatedBefore = null, int MaxResults = 100);

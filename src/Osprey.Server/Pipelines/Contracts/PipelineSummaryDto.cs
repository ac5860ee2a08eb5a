namespace Osprey.Server.Pipelines.Contracts;

/// <summary>One pipeline in <c>GET /api/osprey/pipelines</c>.</summary>
public sealed record PipelineSummaryDto(string Name, string? Description, string? Schedule, string Timezone, bool Paused, string Origin, int Tasks,
    IReadOnlyList<string> Errors, PipelineRunSummaryDto? LastRun, DateTimeOffset? NextRunAt);

namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>GET /api/osprey/pipelines/runs</c>.</summary>
public sealed record PipelineRunListResponse(IReadOnlyList<PipelineRunSummaryDto> Runs);

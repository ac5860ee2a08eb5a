namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>GET /api/osprey/pipelines</c>.</summary>
public sealed record PipelineListResponse(IReadOnlyList<PipelineSummaryDto> Pipelines);

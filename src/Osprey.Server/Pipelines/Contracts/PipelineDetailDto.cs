namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>GET /api/osprey/pipelines/{name}</c>: the pipeline, its tasks and recent runs.</summary>
public sealed record PipelineDetailDto(PipelineSummaryDto Pipeline, IReadOnlyList<PipelineTaskDto> Tasks, IReadOnlyList<PipelineRunSummaryDto> RecentRuns);

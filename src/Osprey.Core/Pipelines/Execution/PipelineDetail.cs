using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>A pipeline with its tasks and recent runs.</summary>
public sealed record PipelineDetail(PipelineSummary Summary, IReadOnlyList<PipelineTaskSummary> Tasks, IReadOnlyList<PipelineRunSummary> RecentRuns);

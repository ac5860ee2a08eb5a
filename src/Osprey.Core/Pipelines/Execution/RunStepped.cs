using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>A step that was persisted: the run, what changed, and the run's new version.</summary>
public sealed record RunStepped(PipelineRunId RunId, RunStep Step, long Version)
{
    /// <summary>Gets the run's state after the step.</summary>
    public PipelineRunState State => Step.State;
}

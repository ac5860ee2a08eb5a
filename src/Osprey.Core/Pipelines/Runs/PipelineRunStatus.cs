namespace Osprey.Core.Pipelines.Runs;

/// <summary>The state of a pipeline run.</summary>
public enum PipelineRunStatus
{
    /// <summary>Created but waiting for a free slot (max_active_runs, concurrency).</summary>
    Queued,
    /// <summary>Started; tasks are being evaluated and run.</summary>
    Running,
    /// <summary>Every task finished and no leaf task failed.</summary>
    Success,
    /// <summary>A leaf task failed or was upstream_failed, or the run exceeded dagrun_timeout.</summary>
    Failed,
    /// <summary>Cancelled by a user or replaced by a newer run.</summary>
    Cancelled,
}

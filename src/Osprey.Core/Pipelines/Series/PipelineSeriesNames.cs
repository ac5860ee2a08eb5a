namespace Osprey.Core.Pipelines.Series;

/// <summary>The names and labels of the series pipelines record in the workspace, for alert rules and charts.</summary>
public static class PipelineSeriesNames
{
    /// <summary>1 at the end of every failed task try (failed, timed_out, up_for_retry) and at every upstream_failed; labels pipeline, task, state.</summary>
    public const string TaskFailures = "pipeline_task_failures";

    /// <summary>1 whenever a task succeeds; labels pipeline, task.</summary>
    public const string TaskSuccesses = "pipeline_task_successes";

    /// <summary>The seconds from start to end of each finished try; labels pipeline, task.</summary>
    public const string TaskDurationSeconds = "pipeline_task_duration_seconds";

    /// <summary>1 whenever a run ends failed; label pipeline.</summary>
    public const string RunFailures = "pipeline_run_failures";

    /// <summary>1 whenever a run ends successfully; label pipeline.</summary>
    public const string RunSuccesses = "pipeline_run_successes";

    /// <summary>The label holding the pipeline's name.</summary>
    public const string PipelineLabel = "pipeline";

    /// <summary>The label holding the task's id.</summary>
    public const string TaskLabel = "task";

    /// <summary>The label holding the task state a failure moved to (<c>failed</c>, <c>timed_out</c>, <c>up_for_retry</c>, <c>upstream_failed</c>).</summary>
    public const string StateLabel = "state";
}

namespace Osprey.Core.Pipelines.Runs;

/// <summary>The state of one task in one run, as in Airflow (written in snake_case: <c>up_for_retry</c>, <c>upstream_failed</c>, ...).</summary>
public enum TaskState
{
    /// <summary>Waiting for its parents; not yet judged.</summary>
    None,
    /// <summary>Ready, waiting for a worker to claim it.</summary>
    Queued,
    /// <summary>Claimed by a worker and running.</summary>
    Running,
    /// <summary>Finished well; its outputs are visible downstream.</summary>
    Success,
    /// <summary>Failed with no retries left.</summary>
    Failed,
    /// <summary>A try failed; waiting for the retry delay before being queued again.</summary>
    UpForRetry,
    /// <summary>Not run: its trigger rule ruled it out, a branch did not choose it, its condition was false, or it skipped itself.</summary>
    Skipped,
    /// <summary>Not run because a parent failed.</summary>
    UpstreamFailed,
    /// <summary>Its last try exceeded execution_timeout, with no retries left.</summary>
    TimedOut,
    /// <summary>Stopped by a cancel, a replacing run or the run's timeout.</summary>
    Cancelled,
}

namespace Osprey.Core.Pipelines.Runs;

/// <summary>How one try of a task ended, as reported by a worker (or by the lease checker for <see cref="Lost"/>).</summary>
public enum TaskOutcome
{
    /// <summary>The try succeeded.</summary>
    Succeeded,
    /// <summary>The try failed (non-zero exit, exception, bad output).</summary>
    Failed,
    /// <summary>The try ran past execution_timeout and was killed.</summary>
    TimedOut,
    /// <summary>The task decided it had nothing to do and skipped itself.</summary>
    Skipped,
    /// <summary>The worker running the try vanished (its lease expired); counted as a failed try.</summary>
    Lost,
}

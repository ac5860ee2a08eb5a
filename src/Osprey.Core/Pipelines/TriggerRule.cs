namespace Osprey.Core.Pipelines;

/// <summary>When a task may run, judged from the states of its direct parents, with Airflow's semantics; names are written in snake_case in pipeline files.</summary>
public enum TriggerRule
{
    /// <summary>Every parent succeeded (the default); a failed parent makes the task upstream_failed, a skipped one skips it.</summary>
    AllSuccess,
    /// <summary>Every parent failed or is upstream_failed; any success or skip skips the task.</summary>
    AllFailed,
    /// <summary>Every parent finished, in any state.</summary>
    AllDone,
    /// <summary>Every parent finished, none was skipped, and at least one succeeded.</summary>
    AllDoneMinOneSuccess,
    /// <summary>Every parent was skipped.</summary>
    AllSkipped,
    /// <summary>At least one parent succeeded; fires without waiting for the others.</summary>
    OneSuccess,
    /// <summary>At least one parent failed or is upstream_failed; fires without waiting for the others.</summary>
    OneFailed,
    /// <summary>At least one parent succeeded or failed; fires without waiting for the others.</summary>
    OneDone,
    /// <summary>No parent failed or is upstream_failed (all succeeded or were skipped).</summary>
    NoneFailed,
    /// <summary>No parent failed, and at least one succeeded: the join after a branch.</summary>
    NoneFailedMinOneSuccess,
    /// <summary>Every parent finished and none was skipped.</summary>
    NoneSkipped,
    /// <summary>Runs as soon as the run starts, whatever its parents do.</summary>
    Always,
}

namespace Osprey.Core.Tracking;

/// <summary>The state of a run, with MLflow's names.</summary>
public enum RunStatus
{
    Running,
    Scheduled,
    Finished,
    Failed,
    Killed,
}

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Why a run exists.</summary>
public enum RunKind
{
    /// <summary>Created by the scheduler for a data interval.</summary>
    Scheduled,
    /// <summary>Triggered by a user or the API.</summary>
    Manual,
}

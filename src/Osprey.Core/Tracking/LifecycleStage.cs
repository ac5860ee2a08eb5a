namespace Osprey.Core.Tracking;

/// <summary>Whether an experiment or run is live or soft-deleted (restorable).</summary>
public enum LifecycleStage
{
    Active,
    Deleted,
}

using Osprey.Core;
using Osprey.Core.Tracking;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>MLflow's JSON names of the tracking enums, in both directions; parsing is case-insensitive and names the field on failure.</summary>
public static class TrackingEnumNames
{
    /// <summary>Gets RUNNING, SCHEDULED, FINISHED, FAILED or KILLED.</summary>
    public static string Name(RunStatus status) => status switch
    {
        RunStatus.Running => "RUNNING",
        RunStatus.Scheduled => "SCHEDULED",
        RunStatus.Finished => "FINISHED",
        RunStatus.Failed => "FAILED",
        RunStatus.Killed => "KILLED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>Gets "active" or "deleted".</summary>
    public static string Name(LifecycleStage stage) => stage == LifecycleStage.Deleted ? "deleted" : "active";

    /// <summary>Gets ACTIVE_ONLY, DELETED_ONLY or ALL.</summary>
    public static string Name(ViewType view) => view switch
    {
        ViewType.DeletedOnly => "DELETED_ONLY",
        ViewType.All => "ALL",
        _ => "ACTIVE_ONLY",
    };

    /// <summary>Parses a run status name; throws <see cref="ErrorCode.InvalidParameter"/> naming <paramref name="field"/> otherwise.</summary>
    public static RunStatus ParseRunStatus(string? text, string field = "status") => text?.ToUpperInvariant() switch
    {
        "RUNNING" => RunStatus.Running,
        "SCHEDULED" => RunStatus.Scheduled,
        "FINISHED" => RunStatus.Finished,
        "FAILED" => RunStatus.Failed,
        "KILLED" => RunStatus.Killed,
        _ => throw OspreyException.Invalid($"Invalid value '{text}' for parameter '{field}': expected RUNNING, SCHEDULED, FINISHED, FAILED or KILLED."),
    };

    /// <summary>Parses a view type name, defaulting to ACTIVE_ONLY when absent.</summary>
    public static ViewType ParseViewType(string? text, string field = "view_type") => text?.ToUpperInvariant() switch
    {
        null or "" or "ACTIVE_ONLY" or "1" => ViewType.ActiveOnly,
        "DELETED_ONLY" or "2" => ViewType.DeletedOnly,
        "ALL" or "3" => ViewType.All,
        _ => throw OspreyException.Invalid($"Invalid value '{text}' for parameter '{field}': expected ACTIVE_ONLY, DELETED_ONLY or ALL."),
    };

    /// <summary>Parses "active" or "deleted".</summary>
    public static LifecycleStage ParseLifecycleStage(string? text, string field = "lifecycle_stage") => text?.ToUpperInvariant() switch
    {
        null or "" or "ACTIVE" => LifecycleStage.Active,
        "DELETED" => LifecycleStage.Deleted,
        _ => throw OspreyException.Invalid($"Invalid value '{text}' for parameter '{field}': expected 'active' or 'deleted'."),
    };
}

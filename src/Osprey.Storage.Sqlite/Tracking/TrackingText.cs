using Osprey.Core.Tracking;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>How tracking enums are stored: MLflow's own spellings, so filters compare the names users write.</summary>
internal static class TrackingText
{
    /// <summary>The stored lifecycle stage ('active' or 'deleted').</summary>
    public static string Lifecycle(LifecycleStage stage) => stage == LifecycleStage.Deleted ? "deleted" : "active";

    /// <summary>Parses a stored lifecycle stage.</summary>
    public static LifecycleStage ParseLifecycle(string text) => text == "deleted" ? LifecycleStage.Deleted : LifecycleStage.Active;

    /// <summary>The MLflow status name (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED).</summary>
    public static string Status(RunStatus status) => status switch
    {
        RunStatus.Running => "RUNNING",
        RunStatus.Scheduled => "SCHEDULED",
        RunStatus.Finished => "FINISHED",
        RunStatus.Failed => "FAILED",
        RunStatus.Killed => "KILLED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown run status."),
    };

    /// <summary>Parses a stored status name.</summary>
    public static RunStatus ParseStatus(string text) => text switch
    {
        "SCHEDULED" => RunStatus.Scheduled,
        "FINISHED" => RunStatus.Finished,
        "FAILED" => RunStatus.Failed,
        "KILLED" => RunStatus.Killed,
        _ => RunStatus.Running,
    };

    /// <summary>The condition selecting a view's lifecycle stages on a column.</summary>
    public static string ViewCondition(ViewType view, string column) => view switch
    {
        ViewType.ActiveOnly => $"{column} = 'active'",
        ViewType.DeletedOnly => $"{column} = 'deleted'",
        _ => "1",
    };
}

namespace Osprey.Core.Tracking.Search;

/// <summary>The canonical names of searchable run attributes (aliases such as <c>created</c> and <c>run name</c> are mapped to these by the parser).</summary>
public static class RunAttribute
{
    public const string RunId = "run_id";
    public const string RunName = "run_name";
    public const string Status = "status";
    public const string StartTime = "start_time";
    public const string EndTime = "end_time";
    public const string UserId = "user_id";
    public const string ArtifactUri = "artifact_uri";
    public const string ExperimentId = "experiment_id";

    /// <summary>Attributes whose values are numbers (milliseconds); the rest are strings.</summary>
    public static bool IsNumeric(string name) => name is StartTime or EndTime;
}

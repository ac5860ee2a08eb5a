namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>The canonical names of searchable logged-model attributes.</summary>
public static class LoggedModelAttribute
{
    public const string ModelId = "model_id";
    public const string Name = "name";
    public const string ModelType = "model_type";
    public const string Status = "status";
    public const string SourceRunId = "source_run_id";
    public const string CreationTimestamp = "creation_timestamp";
    public const string LastUpdatedTimestamp = "last_updated_timestamp";
}

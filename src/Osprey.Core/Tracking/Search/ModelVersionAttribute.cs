namespace Osprey.Core.Tracking.Search;

/// <summary>The canonical names of searchable model-version attributes (<c>source_path</c> is accepted as an alias of <see cref="Source"/>).</summary>
public static class ModelVersionAttribute
{
    public const string Name = "name";
    public const string VersionNumber = "version_number";
    public const string RunId = "run_id";
    public const string Source = "source";
    public const string CurrentStage = "current_stage";
    public const string CreationTimestamp = "creation_timestamp";
    public const string LastUpdatedTimestamp = "last_updated_timestamp";
}

namespace Osprey.Core.Tracking.Search;

/// <summary>The canonical names of searchable registered-model attributes.</summary>
public static class RegisteredModelAttribute
{
    public const string Name = "name";
    public const string CreationTimestamp = "creation_timestamp";
    public const string LastUpdatedTimestamp = "last_updated_timestamp";
}

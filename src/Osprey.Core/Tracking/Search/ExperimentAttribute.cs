namespace Osprey.Core.Tracking.Search;

/// <summary>The canonical names of searchable experiment attributes.</summary>
public static class ExperimentAttribute
{
    public const string Name = "name";

    /// <summary>Sort-only: experiments can be ordered by id but not filtered by it.</summary>
    public const string ExperimentId = "experiment_id";
    public const string CreationTime = "creation_time";
    public const string LastUpdateTime = "last_update_time";
}

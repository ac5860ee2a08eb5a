using Osprey.Core.Tracking;

namespace Osprey.Core.Registry;

/// <summary>A registered model with its tags, aliases and the latest version in each stage. Times are Unix milliseconds.</summary>
public sealed record RegisteredModel(
    string Name,
    long CreationTimestamp,
    long LastUpdatedTimestamp,
    string Description,
    IReadOnlyList<ModelVersion> LatestVersions,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<ModelAlias> Aliases);

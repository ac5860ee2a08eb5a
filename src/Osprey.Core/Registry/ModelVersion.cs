using Osprey.Core.Tracking;

namespace Osprey.Core.Registry;

/// <summary>One numbered version of a registered model, created from a run's artifact path. Times are Unix milliseconds.</summary>
public sealed record ModelVersion(
    string Name,
    int Version,
    long CreationTimestamp,
    long LastUpdatedTimestamp,
    string Description,
    string UserId,
    ModelStage CurrentStage,
    string Source,
    string? RunId,
    string RunLink,
    ModelVersionStatus Status,
    string StatusMessage,
    IReadOnlyList<Tag> Tags,
    IReadOnlyList<string> Aliases);

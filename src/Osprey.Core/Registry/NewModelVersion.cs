using Osprey.Core.Tracking;

namespace Osprey.Core.Registry;

/// <summary>What a store needs to create the next version of a model.</summary>
public sealed record NewModelVersion(
    string Name,
    string Source,
    string? RunId,
    string RunLink,
    string Description,
    string UserId,
    IReadOnlyList<Tag> Tags,
    long Now);

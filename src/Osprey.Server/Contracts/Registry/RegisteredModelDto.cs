using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Registry;

/// <summary>A registered model with its latest version per stage, tags and aliases.</summary>
public sealed record RegisteredModelDto(string Name, long CreationTimestamp, long LastUpdatedTimestamp, string? UserId, string? Description, IReadOnlyList<ModelVersionDto>? LatestVersions, IReadOnlyList<TagDto>? Tags, IReadOnlyList<RegisteredModelAliasDto>? Aliases);

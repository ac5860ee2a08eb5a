using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Registry;

/// <summary>A model version as MLflow renders it; <see cref="Version"/> is an integer rendered as a string, <see cref="ModelId"/> names the logged model it was made from.</summary>
public sealed record ModelVersionDto(string Name, string Version, long CreationTimestamp, long LastUpdatedTimestamp, string? UserId, string CurrentStage, string? Description, string Source, string? RunId, string Status, string? StatusMessage, IReadOnlyList<TagDto>? Tags, string? RunLink, IReadOnlyList<string>? Aliases, string? ModelId = null);

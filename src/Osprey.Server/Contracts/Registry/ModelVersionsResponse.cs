namespace Osprey.Server.Contracts.Registry;

/// <summary>A list (or page) of model versions.</summary>
public sealed record ModelVersionsResponse(IReadOnlyList<ModelVersionDto>? ModelVersions, string? NextPageToken = null);

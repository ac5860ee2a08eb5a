namespace Osprey.Server.Contracts.Tracking;

/// <summary>An artifact listing; <see cref="RootUri"/> is set for run listings only.</summary>
public sealed record ListArtifactsResponse(string? RootUri, IReadOnlyList<FileInfoDto>? Files, string? NextPageToken);

namespace Osprey.Server.Contracts.Tracking;

/// <summary>A data set's identity and fingerprint as logged by a run.</summary>
public sealed record DatasetDto(string Name, string Digest, string SourceType, string Source, string? Schema, string? Profile);

namespace Osprey.Server.Contracts.Tracking;

/// <summary>A file or folder in an artifact listing; <see cref="FileSize"/> is absent for folders.</summary>
public sealed record FileInfoDto(string Path, bool IsDir, long? FileSize);

namespace Osprey.Core.Artifacts;

/// <summary>A file or folder under an artifact root; <see cref="Path"/> is relative with '/' separators, <see cref="Size"/> null for folders.</summary>
public sealed record ArtifactEntry(string Path, bool IsDirectory, long? Size);

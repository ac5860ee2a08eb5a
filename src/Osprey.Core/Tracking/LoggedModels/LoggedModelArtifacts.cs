using Osprey.Core.Artifacts;

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A folder listing of a logged model's files; <see cref="Files"/> paths are relative to <see cref="RootUri"/>.</summary>
public sealed record LoggedModelArtifacts(string RootUri, IReadOnlyList<ArtifactEntry> Files);

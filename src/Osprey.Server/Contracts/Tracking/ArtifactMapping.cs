using Osprey.Core.Artifacts;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>Maps artifact listings to MLflow's <c>FileInfo</c> shape and back.</summary>
public static class ArtifactMapping
{
    /// <summary>Maps an entry; <paramref name="basenameOnly"/> renders just the last path segment, as the proxied artifact listing does.</summary>
    public static FileInfoDto ToDto(this ArtifactEntry entry, bool basenameOnly = false)
    {
        var path = basenameOnly ? entry.Path[(entry.Path.LastIndexOf('/') + 1)..] : entry.Path;
        return new FileInfoDto(path, entry.IsDirectory, entry.IsDirectory ? null : entry.Size);
    }

    /// <summary>Maps the FileInfoDto back to an artifact entry.</summary>
    public static ArtifactEntry ToDomain(this FileInfoDto dto) => new(dto.Path, dto.IsDir, dto.FileSize);

    /// <summary>Maps a listing, absent when empty.</summary>
    public static IReadOnlyList<FileInfoDto>? ToDto(this IReadOnlyList<ArtifactEntry> entries, bool basenameOnly = false) =>
        entries.Count == 0 ? null : entries.Select(e => e.ToDto(basenameOnly)).ToArray();
}

namespace Osprey.Core.Artifacts;

/// <summary>Stores artifact files under relative paths such as <c>1/&lt;run&gt;/artifacts/model/model.json</c>.</summary>
/// <remarks>Every path is checked with <see cref="ArtifactPath.Normalize"/>; a path that escapes the root throws <see cref="ErrorCode.InvalidParameter"/>.</remarks>
public interface IArtifactStore
{
    /// <summary>Lists the direct children of a folder (empty when it does not exist).</summary>
    Task<IReadOnlyList<ArtifactEntry>> ListAsync(string path, CancellationToken ct);

    /// <summary>Opens a file for reading; throws <see cref="ErrorCode.NotFound"/> when absent.</summary>
    Task<Stream> OpenReadAsync(string path, CancellationToken ct);

    /// <summary>Writes a file, replacing it atomically if present, and returns its size.</summary>
    Task<long> WriteAsync(string path, Stream content, long maxBytes, CancellationToken ct);

    /// <summary>Deletes a file or a folder with its contents.</summary>
    Task DeleteAsync(string path, CancellationToken ct);
}

namespace Osprey.Core.Artifacts;

/// <summary>Keeps artifacts as plain files under a root folder; writes go to a temporary file and are moved into place.</summary>
public sealed class LocalArtifactStore : IArtifactStore
{
    private readonly string _root;

    public LocalArtifactStore(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ArtifactEntry>> ListAsync(string path, CancellationToken ct)
    {
        var relative = ArtifactPath.Normalize(path);
        var full = Resolve(relative);
        if (!Directory.Exists(full))
        {
            return Task.FromResult<IReadOnlyList<ArtifactEntry>>([]);
        }
        var entries = new DirectoryInfo(full).EnumerateFileSystemInfos()
            .Where(e => !e.Name.StartsWith(".tmp-", StringComparison.Ordinal))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => new ArtifactEntry(
                ArtifactPath.Combine(relative, e.Name),
                e is DirectoryInfo,
                e is FileInfo f ? f.Length : null))
            .ToList();
        return Task.FromResult<IReadOnlyList<ArtifactEntry>>(entries);
    }

    /// <inheritdoc/>
    public Task<Stream> OpenReadAsync(string path, CancellationToken ct)
    {
        var full = Resolve(ArtifactPath.Normalize(path));
        if (!File.Exists(full))
        {
            throw OspreyException.NotFound($"Artifact '{path}' does not exist.");
        }
        Stream stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return Task.FromResult(stream);
    }

    /// <inheritdoc/>
    public async Task<long> WriteAsync(string path, Stream content, long maxBytes, CancellationToken ct)
    {
        var relative = ArtifactPath.Normalize(path);
        if (relative.Length == 0)
        {
            throw OspreyException.Invalid("An artifact path must name a file.");
        }
        var full = Resolve(relative);
        if (Directory.Exists(full))
        {
            throw OspreyException.Invalid($"Artifact path '{relative}' is a folder.");
        }
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, ".tmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            long written;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                written = await CopyBoundedAsync(content, file, maxBytes, relative, ct);
            }
            File.Move(temp, full, overwrite: true);
            return written;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string path, CancellationToken ct)
    {
        var full = Resolve(ArtifactPath.Normalize(path));
        if (Directory.Exists(full))
        {
            Directory.Delete(full, recursive: true);
        }
        else if (File.Exists(full))
        {
            File.Delete(full);
        }
        return Task.CompletedTask;
    }

    private string Resolve(string relative)
    {
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        // Normalize already rejects '..'; this guards against symlink-free edge cases on any platform.
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            throw OspreyException.Invalid($"Artifact path '{relative}' leaves the artifact root.");
        }
        return full;
    }

    private static async Task<long> CopyBoundedAsync(Stream source, Stream target, long maxBytes, string path, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw new OspreyException(ErrorCode.LimitExceeded, $"Artifact '{path}' is larger than the limit of {maxBytes} bytes.");
            }
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return total;
    }
}

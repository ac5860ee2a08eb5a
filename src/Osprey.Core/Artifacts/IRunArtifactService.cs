namespace Osprey.Core.Artifacts;

/// <summary>Lists, reads and writes the files of one run, relative to the run's artifact root; no path can leave it.</summary>
public interface IRunArtifactService
{
    /// <summary>Lists a folder of the run's artifacts; returned paths are relative to the run's root.</summary>
    Task<IReadOnlyList<ArtifactEntry>> ListAsync(string runId, string? path, CancellationToken ct);

    /// <summary>Opens one of the run's files.</summary>
    Task<Stream> OpenReadAsync(string runId, string path, CancellationToken ct);

    /// <summary>Writes one file of the run (at most <paramref name="maxBytes"/>) and returns its size.</summary>
    Task<long> WriteAsync(string runId, string path, Stream content, long maxBytes, CancellationToken ct);
}

using Osprey.Core.Artifacts;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Cli.Remote;

/// <summary>A run's artifact files over the server: listings through MLflow's artifact list, file contents through the artifact proxy.</summary>
internal sealed class RemoteRunArtifactService(OspreyHttpClient http, IRunService runs) : IRunArtifactService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<ArtifactEntry>> ListAsync(string runId, string? path, CancellationToken ct)
    {
        var listing = await http.GetAsync<ListArtifactsResponse>(RemotePaths.ListArtifacts, ct,
            ("run_id", runId), ("path", string.IsNullOrEmpty(path) ? null : ArtifactPath.Normalize(path)));
        return listing.Files?.Select(f => f.ToDomain()).ToList() ?? [];
    }

    /// <inheritdoc/>
    public async Task<Stream> OpenReadAsync(string runId, string path, CancellationToken ct) =>
        await http.DownloadAsync(await FileUrlAsync(runId, path, ct), ct);

    /// <inheritdoc/>
    public async Task<long> WriteAsync(string runId, string path, Stream content, long maxBytes, CancellationToken ct)
    {
        var url = await FileUrlAsync(runId, path, ct);
        // Buffered so the size limit holds before anything is sent, and the size can be returned.
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > maxBytes)
        {
            throw new Core.OspreyException(Core.ErrorCode.LimitExceeded, $"Artifact '{path}' is larger than the limit of {maxBytes} bytes.");
        }
        var size = buffer.Length;
        buffer.Position = 0;
        await http.UploadAsync(url, buffer, ct);
        return size;
    }

    private async Task<string> FileUrlAsync(string runId, string path, CancellationToken ct)
    {
        var relative = ArtifactPath.Normalize(path);
        if (relative.Length == 0)
        {
            throw Core.OspreyException.Invalid("'path' must name a file inside the run's artifacts.");
        }
        var run = await runs.GetAsync(RunId.Parse(runId).Value, ct);
        var full = ArtifactPath.Combine(ArtifactUri.ToPath(run.Info.ArtifactUri), relative);
        return RemotePaths.ArtifactFiles + string.Join('/', full.Split('/').Select(Uri.EscapeDataString));
    }
}

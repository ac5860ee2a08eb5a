using Osprey.Core.Tracking;

namespace Osprey.Core.Artifacts;

/// <summary>Resolves a run's artifact root from its artifact URI and confines every access to it.</summary>
internal sealed class RunArtifactService(IRunStore runs, IArtifactStore artifacts) : IRunArtifactService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<ArtifactEntry>> ListAsync(string runId, string? path, CancellationToken ct)
    {
        var root = await RootOfAsync(runId, ct);
        var relative = ArtifactPath.Normalize(path);
        var entries = await artifacts.ListAsync(ArtifactPath.Combine(root, relative), ct);
        return entries.Select(e => e with { Path = e.Path[(root.Length + 1)..] }).ToList();
    }

    /// <inheritdoc/>
    public async Task<Stream> OpenReadAsync(string runId, string path, CancellationToken ct)
    {
        var root = await RootOfAsync(runId, ct);
        return await artifacts.OpenReadAsync(ArtifactPath.Combine(root, RequireFile(path)), ct);
    }

    /// <inheritdoc/>
    public async Task<long> WriteAsync(string runId, string path, Stream content, long maxBytes, CancellationToken ct)
    {
        var root = await RootOfAsync(runId, ct);
        return await artifacts.WriteAsync(ArtifactPath.Combine(root, RequireFile(path)), content, maxBytes, ct);
    }

    private static string RequireFile(string path)
    {
        var relative = ArtifactPath.Normalize(path);
        return relative.Length == 0 ? throw OspreyException.Invalid("'path' must name a file inside the run's artifacts.") : relative;
    }

    private async Task<string> RootOfAsync(string runId, CancellationToken ct)
    {
        var run = await runs.GetAsync(RunId.Parse(runId), ct);
        return ArtifactUri.ToPath(run.Info.ArtifactUri);
    }
}

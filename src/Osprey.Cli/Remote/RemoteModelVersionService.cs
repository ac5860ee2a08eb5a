using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Cli.Remote;

/// <summary>Model versions over a server: MLflow's endpoints, plus Osprey's for transitions with a reason, lineage and URI resolution.</summary>
internal sealed class RemoteModelVersionService(OspreyHttpClient http) : IModelVersionService
{
    /// <inheritdoc/>
    public async Task<ModelVersion> CreateAsync(string name, string source, string? runId, string? description, IReadOnlyList<Tag>? tags, CancellationToken ct) =>
        (await http.SendAsync<CreateModelVersionRequest, ModelVersionResponse>(HttpMethod.Post, RemotePaths.CreateVersion,
            new CreateModelVersionRequest(name, source, runId, (tags ?? []).ToDto(), null, description), ct)).ModelVersion.ToDomain();

    /// <inheritdoc/>
    public async Task<ModelVersion> GetAsync(string name, string version, CancellationToken ct) =>
        (await http.GetAsync<ModelVersionResponse>(RemotePaths.GetVersion, ct, ("name", name), ("version", version))).ModelVersion.ToDomain();

    /// <inheritdoc/>
    public async Task<Page<ModelVersion>> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var page = await http.GetAsync<ModelVersionsResponse>(RemotePaths.SearchVersions, ct, RemoteQuery.Search(request));
        return new Page<ModelVersion>(page.ModelVersions?.Select(v => v.ToDomain()).ToList() ?? [],
            RemoteExperimentService.NullIfEmpty(page.NextPageToken));
    }

    /// <inheritdoc/>
    public async Task<ModelVersion> UpdateAsync(string name, string version, string description, CancellationToken ct) =>
        (await http.SendAsync<UpdateModelVersionRequest, ModelVersionResponse>(HttpMethod.Patch, RemotePaths.UpdateVersion,
            new UpdateModelVersionRequest(name, version, description), ct)).ModelVersion.ToDomain();

    /// <inheritdoc/>
    public Task DeleteAsync(string name, string version, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Delete, RemotePaths.DeleteVersion, new ModelVersionKeyRequest(name, version), ct);

    /// <inheritdoc/>
    public async Task<ModelVersion> TransitionStageAsync(string name, string version, string stage, bool archiveExistingVersions, string? reason, CancellationToken ct) =>
        (await http.SendAsync<TransitionStageRequest, ModelVersionResponse>(HttpMethod.Post, RemotePaths.TransitionStage,
            new TransitionStageRequest(name, version, stage, archiveExistingVersions, reason), ct)).ModelVersion.ToDomain();

    /// <inheritdoc/>
    public Task SetTagAsync(string name, string version, string key, string value, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.SetVersionTag, new ModelVersionTagRequest(name, version, key, value), ct);

    /// <inheritdoc/>
    public Task DeleteTagAsync(string name, string version, string key, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Delete, RemotePaths.DeleteVersionTag, new ModelVersionTagRequest(name, version, key, null), ct);

    /// <inheritdoc/>
    public async Task<string> GetDownloadUriAsync(string name, string version, CancellationToken ct) =>
        (await http.GetAsync<DownloadUriResponse>(RemotePaths.DownloadUri, ct, ("name", name), ("version", version))).ArtifactUri;

    /// <inheritdoc/>
    public async Task<ModelVersion> ResolveAsync(string modelUri, CancellationToken ct) =>
        (await http.GetAsync<ModelVersionResponse>(RemotePaths.Resolve, ct, ("uri", modelUri))).ModelVersion.ToDomain();

    /// <inheritdoc/>
    public async Task<ModelLineage> GetLineageAsync(string name, string version, CancellationToken ct)
    {
        var lineage = await http.GetAsync<ModelLineageResponse>(RemotePaths.Lineage, ct, ("name", name), ("version", version));
        return new ModelLineage(lineage.ModelVersion.ToDomain(), lineage.Run?.ToDomain());
    }
}

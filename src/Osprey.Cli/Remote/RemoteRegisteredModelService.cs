using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts;
using Osprey.Server.Contracts.Registry;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Cli.Remote;

/// <summary>Registered models over a server's MLflow registry endpoints.</summary>
internal sealed class RemoteRegisteredModelService(OspreyHttpClient http) : IRegisteredModelService
{
    /// <inheritdoc/>
    public async Task<RegisteredModel> CreateAsync(string name, string? description, IReadOnlyList<Tag>? tags, CancellationToken ct) =>
        (await http.SendAsync<CreateRegisteredModelRequest, RegisteredModelResponse>(HttpMethod.Post, RemotePaths.CreateModel,
            new CreateRegisteredModelRequest(name, (tags ?? []).ToDto(), description), ct)).RegisteredModel.ToDomain();

    /// <inheritdoc/>
    public async Task<RegisteredModel> GetAsync(string name, CancellationToken ct) =>
        (await http.GetAsync<RegisteredModelResponse>(RemotePaths.GetModel, ct, ("name", name))).RegisteredModel.ToDomain();

    /// <inheritdoc/>
    public async Task<Page<RegisteredModel>> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var page = await http.GetAsync<SearchRegisteredModelsResponse>(RemotePaths.SearchModels, ct, RemoteQuery.Search(request));
        return new Page<RegisteredModel>(page.RegisteredModels?.Select(m => m.ToDomain()).ToList() ?? [],
            RemoteExperimentService.NullIfEmpty(page.NextPageToken));
    }

    /// <inheritdoc/>
    public async Task<RegisteredModel> RenameAsync(string name, string newName, CancellationToken ct) =>
        (await http.SendAsync<RenameRegisteredModelRequest, RegisteredModelResponse>(HttpMethod.Post, RemotePaths.RenameModel,
            new RenameRegisteredModelRequest(name, newName), ct)).RegisteredModel.ToDomain();

    /// <inheritdoc/>
    public async Task<RegisteredModel> UpdateAsync(string name, string description, CancellationToken ct) =>
        (await http.SendAsync<UpdateRegisteredModelRequest, RegisteredModelResponse>(HttpMethod.Patch, RemotePaths.UpdateModel,
            new UpdateRegisteredModelRequest(name, description), ct)).RegisteredModel.ToDomain();

    /// <inheritdoc/>
    public Task DeleteAsync(string name, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Delete, RemotePaths.DeleteModel, new RegisteredModelNameRequest(name), ct);

    /// <inheritdoc/>
    public Task SetTagAsync(string name, string key, string value, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.SetModelTag, new RegisteredModelTagRequest(name, key, value), ct);

    /// <inheritdoc/>
    public Task DeleteTagAsync(string name, string key, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Delete, RemotePaths.DeleteModelTag, new RegisteredModelTagRequest(name, key, null), ct);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ModelVersion>> GetLatestVersionsAsync(string name, IReadOnlyList<string>? stages, CancellationToken ct) =>
        (await http.SendAsync<GetLatestVersionsRequest, ModelVersionsResponse>(HttpMethod.Post, RemotePaths.LatestVersions,
            new GetLatestVersionsRequest(name, stages), ct)).ModelVersions?.Select(v => v.ToDomain()).ToList() ?? [];
}

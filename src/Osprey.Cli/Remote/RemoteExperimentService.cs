using System.Globalization;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts;
using Osprey.Server.Contracts.Tracking;

namespace Osprey.Cli.Remote;

/// <summary>Experiments over a server's MLflow endpoints; the server validates and applies every rule.</summary>
internal sealed class RemoteExperimentService(OspreyHttpClient http) : IExperimentService
{
    /// <inheritdoc/>
    public async Task<ExperimentId> CreateAsync(string name, string? artifactLocation, IReadOnlyList<Tag>? tags, CancellationToken ct)
    {
        var created = await http.SendAsync<CreateExperimentRequest, CreateExperimentResponse>(HttpMethod.Post, RemotePaths.CreateExperiment,
            new CreateExperimentRequest(name, artifactLocation, (tags ?? []).ToDto()), ct);
        return ExperimentId.Parse(created.ExperimentId);
    }

    /// <inheritdoc/>
    public async Task<Experiment> GetAsync(string experimentId, CancellationToken ct) =>
        (await http.GetAsync<ExperimentResponse>(RemotePaths.GetExperiment, ct, ("experiment_id", experimentId))).Experiment.ToDomain();

    /// <inheritdoc/>
    public async Task<Experiment> GetByNameAsync(string name, CancellationToken ct) =>
        (await http.GetAsync<ExperimentResponse>(RemotePaths.GetExperimentByName, ct, ("experiment_name", name))).Experiment.ToDomain();

    /// <inheritdoc/>
    public async Task<Page<Experiment>> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var page = await http.SendAsync<SearchExperimentsRequest, SearchExperimentsResponse>(HttpMethod.Post, RemotePaths.SearchExperiments,
            new SearchExperimentsRequest(request.MaxResults, request.PageToken, request.Filter, request.OrderBy, TrackingEnumNames.Name(request.ViewType)), ct);
        return new Page<Experiment>(page.Experiments?.Select(e => e.ToDomain()).ToList() ?? [], NullIfEmpty(page.NextPageToken));
    }

    /// <inheritdoc/>
    public Task RenameAsync(string experimentId, string newName, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.UpdateExperiment, new UpdateExperimentRequest(experimentId, newName), ct);

    /// <inheritdoc/>
    public Task DeleteAsync(string experimentId, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.DeleteExperiment, new ExperimentIdRequest(experimentId), ct);

    /// <inheritdoc/>
    public Task RestoreAsync(string experimentId, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.RestoreExperiment, new ExperimentIdRequest(experimentId), ct);

    /// <inheritdoc/>
    public Task SetTagAsync(string experimentId, string key, string value, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.SetExperimentTag, new ExperimentTagRequest(experimentId, key, value), ct);

    /// <inheritdoc/>
    public Task DeleteTagAsync(string experimentId, string key, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.DeleteExperimentTag, new ExperimentTagRequest(experimentId, key, null), ct);

    /// <summary>Treats MLflow's empty-string page token as the last page.</summary>
    internal static string? NullIfEmpty(string? token) => string.IsNullOrEmpty(token) ? null : token;

    internal static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

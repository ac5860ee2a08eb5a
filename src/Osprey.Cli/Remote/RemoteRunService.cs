using Osprey.Core.Tracking;
using Osprey.Server.Contracts;
using Osprey.Server.Contracts.Tracking;
using CreateRunBody = Osprey.Server.Contracts.Tracking.CreateRunRequest;

namespace Osprey.Cli.Remote;

/// <summary>Runs over a server's MLflow endpoints, with searches and counts through Osprey's richer run search.</summary>
internal sealed class RemoteRunService(OspreyHttpClient http) : IRunService
{
    /// <inheritdoc/>
    public async Task<Run> CreateAsync(Core.Tracking.CreateRunRequest request, CancellationToken ct)
    {
        var created = await http.SendAsync<CreateRunBody, RunResponse>(HttpMethod.Post, RemotePaths.CreateRun,
            new CreateRunBody(request.ExperimentId, request.UserId, request.RunName, request.StartTime, (request.Tags ?? []).ToDto()), ct);
        return created.Run.ToDomain();
    }

    /// <inheritdoc/>
    public async Task<Run> GetAsync(string runId, CancellationToken ct) =>
        (await http.GetAsync<RunResponse>(RemotePaths.GetRun, ct, ("run_id", runId))).Run.ToDomain();

    /// <inheritdoc/>
    public async Task<RunInfo> UpdateAsync(string runId, RunUpdate update, CancellationToken ct)
    {
        var status = update.Status is { } s ? TrackingEnumNames.Name(s) : null;
        var updated = await http.SendAsync<UpdateRunRequest, UpdateRunResponse>(HttpMethod.Post, RemotePaths.UpdateRun,
            new UpdateRunRequest(runId, null, status, update.EndTime, update.RunName), ct);
        return updated.RunInfo.ToDomain();
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string runId, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.DeleteRun, new RunIdRequest(runId, null), ct);

    /// <inheritdoc/>
    public Task RestoreAsync(string runId, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.RestoreRun, new RunIdRequest(runId, null), ct);

    /// <inheritdoc/>
    public Task LogBatchAsync(string runId, RunBatch batch, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.LogBatch, new LogBatchRequest(
            runId,
            batch.Metrics.Select(m => m.ToDto()).ToList(),
            batch.Params.Select(p => new ParamDto(p.Key, p.Value)).ToList(),
            batch.Tags.ToDto() ?? []), ct);

    /// <inheritdoc/>
    public Task DeleteTagAsync(string runId, string key, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.DeleteRunTag, new SetRunTagRequest(runId, null, key, null), ct);

    /// <inheritdoc/>
    public Task LogInputsAsync(string runId, IReadOnlyList<DatasetInput> inputs, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, RemotePaths.LogInputs, new LogInputsRequest(runId, inputs.Select(i => i.ToDto()).ToList()), ct);

    /// <inheritdoc/>
    public async Task<Page<Metric>> GetMetricHistoryAsync(string runId, string key, int? maxResults, string? pageToken, CancellationToken ct)
    {
        var page = await http.GetAsync<MetricHistoryResponse>(RemotePaths.MetricHistory, ct,
            ("run_id", runId), ("metric_key", key), ("max_results", RemoteExperimentService.Text(maxResults)), ("page_token", pageToken));
        return new Page<Metric>(page.Metrics?.Select(m => m.ToDomain()).ToList() ?? [], RemoteExperimentService.NullIfEmpty(page.NextPageToken));
    }

    /// <inheritdoc/>
    public async Task<Page<Run>> SearchAsync(RunSearchRequest request, CancellationToken ct)
    {
        var page = await http.SendAsync<SearchRunsRequest, SearchRunsResponse>(HttpMethod.Post, RemotePaths.SearchRuns, Body(request, countOnly: null), ct);
        return new Page<Run>(page.Runs?.Select(r => r.ToDomain()).ToList() ?? [], RemoteExperimentService.NullIfEmpty(page.NextPageToken));
    }

    /// <inheritdoc/>
    public async Task<long> CountAsync(RunSearchRequest request, CancellationToken ct) =>
        (await http.SendAsync<SearchRunsRequest, CountRunsResponse>(HttpMethod.Post, RemotePaths.SearchRuns, Body(request, countOnly: true), ct)).Count;

    private static SearchRunsRequest Body(RunSearchRequest request, bool? countOnly) => new(
        request.ExperimentIds, request.Filter, TrackingEnumNames.Name(request.ViewType), request.MaxResults, request.OrderBy, request.PageToken, countOnly);
}

using System.Globalization;
using System.Text.Json;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Server.Pipelines.Contracts;

namespace Osprey.Cli.Pipelines;

/// <summary>The pipeline service of a server, over its REST API under <c>/api/osprey/pipelines</c>.</summary>
internal sealed class RemotePipelineService(PipelineHttpClient http) : IPipelineService
{
    private const string Root = "api/osprey/pipelines";

    private static PipelineJsonContext Json => PipelineJsonContext.Default;

    public async Task<IReadOnlyList<PipelineSummary>> ListAsync(CancellationToken ct) =>
        [.. (await http.GetAsync(Root, Json.PipelineListResponse, ct)).Pipelines.Select(p => p.ToRecord())];

    public async Task<PipelineDetail> GetAsync(string name, CancellationToken ct) =>
        (await http.GetAsync($"{Root}/{Escape(name)}", Json.PipelineDetailDto, ct)).ToRecord();

    public async Task<PipelineSummary> RegisterAsync(string fileName, string source, CancellationToken ct) =>
        (await http.SendAsync(HttpMethod.Post, $"{Root}/register", new RegisterPipelineRequest(fileName, source), Json.RegisterPipelineRequest,
            Json.PipelineSummaryDto, ct)).ToRecord();

    public Task UnregisterAsync(string name, CancellationToken ct) => http.SendAsync(HttpMethod.Delete, $"{Root}/{Escape(name)}/registration", ct);

    public Task SetPausedAsync(string name, bool paused, CancellationToken ct) =>
        http.SendAsync(HttpMethod.Post, $"{Root}/{Escape(name)}/{(paused ? "pause" : "unpause")}", ct);

    public async Task<PipelineRunRecord> TriggerAsync(string name, IReadOnlyDictionary<string, JsonElement>? parameters, CancellationToken ct) =>
        (await http.SendAsync(HttpMethod.Post, $"{Root}/{Escape(name)}/trigger", new TriggerPipelineRequest(parameters?.ToDictionary()),
            Json.TriggerPipelineRequest, Json.PipelineRunDto, ct)).ToRecord();

    public async Task<IReadOnlyList<PipelineRunSummary>> ListRunsAsync(PipelineRunQuery query, CancellationToken ct)
    {
        var parts = new List<string> { $"max={query.MaxResults.ToString(CultureInfo.InvariantCulture)}" };
        if (query.Pipeline is not null)
        {
            parts.Add($"pipeline={Escape(query.Pipeline)}");
        }
        if (query.Statuses is { Count: > 0 } statuses)
        {
            parts.Add($"status={string.Join(",", statuses.Select(s => s.Name()))}");
        }
        if (query.CreatedBefore is { } before)
        {
            parts.Add($"created_before={Escape(before.ToString("O", CultureInfo.InvariantCulture))}");
        }
        return [.. (await http.GetAsync($"{Root}/runs?{string.Join("&", parts)}", Json.PipelineRunListResponse, ct)).Runs.Select(r => r.ToRecord())];
    }

    public async Task<PipelineRunRecord> GetRunAsync(PipelineRunId id, CancellationToken ct) =>
        (await http.GetAsync($"{Root}/runs/{Escape(id.Value)}", Json.PipelineRunDto, ct)).ToRecord();

    public async Task<TaskLogText> ReadLogAsync(PipelineRunId id, string taskId, int? tryNumber, CancellationToken ct)
    {
        var query = tryNumber is { } n ? $"?try={n.ToString(CultureInfo.InvariantCulture)}" : "";
        return (await http.GetAsync($"{Root}/runs/{Escape(id.Value)}/tasks/{Escape(taskId)}/log{query}", Json.TaskLogDto, ct)).ToRecord();
    }

    public async Task<PipelineRunRecord> RetryAsync(PipelineRunId id, IReadOnlyList<string> taskIds, bool failedOnly, CancellationToken ct) =>
        (await http.SendAsync(HttpMethod.Post, $"{Root}/runs/{Escape(id.Value)}/retry", new RetryRunRequest(taskIds, failedOnly), Json.RetryRunRequest,
            Json.PipelineRunDto, ct)).ToRecord();

    public async Task<PipelineRunRecord> CancelAsync(PipelineRunId id, CancellationToken ct) =>
        (await http.SendAsync(HttpMethod.Post, $"{Root}/runs/{Escape(id.Value)}/cancel", new RetryRunRequest(null, null), Json.RetryRunRequest,
            Json.PipelineRunDto, ct)).ToRecord();

    private static string Escape(string text) => Uri.EscapeDataString(text);
}

using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Server.Api;
using Osprey.Server.Pipelines.Contracts;
using Osprey.Server.Security;

namespace Osprey.Server.Pipelines;

/// <summary>The pipeline API under <c>/api/osprey/pipelines</c>: list, show, register, trigger, pause, unpause, runs, logs, retry and cancel.</summary>
internal static class PipelineEndpoints
{
    private static PipelineJsonContext Json => PipelineJsonContext.Default;

    public static RouteGroupBuilder MapPipelineEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/", ListAsync).AllowsPublicRead();
        api.MapPost("/register", RegisterAsync);
        api.MapGet("/runs", ListRunsAsync).AllowsPublicRead();
        api.MapGet("/runs/{runId}", GetRunAsync).AllowsPublicRead();
        api.MapGet("/runs/{runId}/tasks/{taskId}/log", ReadLogAsync).AllowsPublicRead();
        api.MapPost("/runs/{runId}/retry", RetryAsync);
        api.MapPost("/runs/{runId}/cancel", CancelAsync);
        api.MapGet("/{name}", GetAsync).AllowsPublicRead();
        api.MapDelete("/{name}/registration", UnregisterAsync);
        api.MapPost("/{name}/trigger", TriggerAsync);
        api.MapPost("/{name}/pause", (HttpContext http, PipelineService pipelines, string name) => PauseAsync(http, pipelines, name, true));
        api.MapPost("/{name}/unpause", (HttpContext http, PipelineService pipelines, string name) => PauseAsync(http, pipelines, name, false));
        return api;
    }

    private static async Task ListAsync(HttpContext http, PipelineService pipelines)
    {
        var list = await pipelines.ListAsync(http.RequestAborted);
        await ApiResponse.WriteAsync(http, new PipelineListResponse([.. list.Select(p => p.ToDto())]), Json.PipelineListResponse);
    }

    private static async Task GetAsync(HttpContext http, PipelineService pipelines, string name) =>
        await ApiResponse.WriteAsync(http, (await pipelines.GetAsync(name, http.RequestAborted)).ToDto(), Json.PipelineDetailDto);

    private static async Task RegisterAsync(HttpContext http, PipelineService pipelines)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RegisterPipelineRequest);
        var source = ApiRequest.Required(request.Source, "source");
        var summary = await pipelines.RegisterAsync(request.FileName ?? "pipeline.yaml", source, http.RequestAborted);
        await ApiResponse.WriteAsync(http, summary.ToDto(), Json.PipelineSummaryDto);
    }

    private static async Task UnregisterAsync(HttpContext http, PipelineService pipelines, string name)
    {
        await pipelines.UnregisterAsync(name, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task TriggerAsync(HttpContext http, PipelineService pipelines, string name)
    {
        var request = http.Request.ContentLength is > 0 ? await ApiRequest.ReadAsync(http, Json.TriggerPipelineRequest) : new TriggerPipelineRequest(null);
        var run = await pipelines.TriggerAsync(name, request.Params, http.RequestAborted);
        await ApiResponse.WriteAsync(http, run.ToDto(), Json.PipelineRunDto);
    }

    private static async Task PauseAsync(HttpContext http, PipelineService pipelines, string name, bool paused)
    {
        await pipelines.SetPausedAsync(name, paused, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task ListRunsAsync(HttpContext http, PipelineService pipelines)
    {
        var query = http.Request.Query;
        var statuses = query["status"].SelectMany(s => (s ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(RunNames.ParseStatus).ToList();
        var max = int.TryParse(query["max"], CultureInfo.InvariantCulture, out var m) && m > 0 ? Math.Min(m, 10_000) : 100;
        DateTimeOffset? before = DateTimeOffset.TryParse(query["created_before"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var b) ? b : null;
        var runs = await pipelines.ListRunsAsync(new PipelineRunQuery(query["pipeline"].FirstOrDefault(), statuses, before, max), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new PipelineRunListResponse([.. runs.Select(r => r.ToDto())]), Json.PipelineRunListResponse);
    }

    private static async Task GetRunAsync(HttpContext http, PipelineService pipelines, string runId) =>
        await ApiResponse.WriteAsync(http, (await pipelines.GetRunAsync(PipelineRunId.Parse(runId), http.RequestAborted)).ToDto(), Json.PipelineRunDto);

    private static async Task ReadLogAsync(HttpContext http, PipelineService pipelines, string runId, string taskId)
    {
        int? tryNumber = http.Request.Query["try"].FirstOrDefault() is { } text
            ? int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw OspreyException.Invalid($"'try' must be a try number ≥ 1, got '{text}'.")
            : null;
        var log = await pipelines.ReadLogAsync(PipelineRunId.Parse(runId), taskId, tryNumber, http.RequestAborted);
        await ApiResponse.WriteAsync(http, log.ToDto(), Json.TaskLogDto);
    }

    private static async Task RetryAsync(HttpContext http, PipelineService pipelines, string runId)
    {
        var request = http.Request.ContentLength is > 0 ? await ApiRequest.ReadAsync(http, Json.RetryRunRequest) : new RetryRunRequest(null, null);
        var run = await pipelines.RetryAsync(PipelineRunId.Parse(runId), request.Tasks ?? [], request.FailedOnly ?? false, http.RequestAborted);
        await ApiResponse.WriteAsync(http, run.ToDto(), Json.PipelineRunDto);
    }

    private static async Task CancelAsync(HttpContext http, PipelineService pipelines, string runId) =>
        await ApiResponse.WriteAsync(http, (await pipelines.CancelAsync(PipelineRunId.Parse(runId), http.RequestAborted)).ToDto(), Json.PipelineRunDto);
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts.LoggedModels;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>MLflow's run endpoints: create, get, update, delete, restore, search, and logging metrics, params, tags and inputs.</summary>
internal static class RunEndpoints
{
    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/runs/create", CreateAsync);
        api.MapGet("/runs/get", GetAsync).AllowsPublicRead();
        api.MapPost("/runs/update", UpdateAsync);
        api.MapPost("/runs/delete", DeleteAsync);
        api.MapPost("/runs/restore", RestoreAsync);
        api.MapPost("/runs/search", SearchAsync).AllowsPublicRead();
        api.MapPost("/runs/log-metric", LogMetricAsync);
        api.MapPost("/runs/log-parameter", LogParamAsync);
        api.MapPost("/runs/set-tag", SetTagAsync);
        api.MapPost("/runs/delete-tag", DeleteTagAsync);
        api.MapPost("/runs/log-batch", LogBatchAsync);
        api.MapPost("/runs/log-inputs", LogInputsAsync);
        return api;
    }

    private static async Task CreateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.CreateRunRequest);
        var create = new Core.Tracking.CreateRunRequest(request.ExperimentId, request.RunName, request.UserId, request.StartTime, request.Tags.ToDomain());
        var run = await ws.Runs.CreateAsync(create, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new RunResponse(run.ToDto()), Json.RunResponse);
    }

    private static async Task GetAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RunIdRequest);
        var run = await ws.Runs.GetAsync(ApiRequest.RunId(request.RunId, request.RunUuid), http.RequestAborted);
        var outputs = await ws.LoggedModels.GetRunOutputsAsync(run.Info.RunId.Value, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new RunResponse(run.ToDto() with { Outputs = outputs.ToDto() }), Json.RunResponse);
    }

    private static async Task UpdateAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.UpdateRunRequest);
        var status = request.Status is null ? (RunStatus?)null : TrackingEnumNames.ParseRunStatus(request.Status);
        var update = new RunUpdate(status, request.EndTime, request.RunName);
        var info = await ws.Runs.UpdateAsync(ApiRequest.RunId(request.RunId, request.RunUuid), update, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new UpdateRunResponse(info.ToDto()), Json.UpdateRunResponse);
    }

    private static async Task DeleteAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RunIdRequest);
        await ws.Runs.DeleteAsync(ApiRequest.RunId(request.RunId, request.RunUuid), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task RestoreAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RunIdRequest);
        await ws.Runs.RestoreAsync(ApiRequest.RunId(request.RunId, request.RunUuid), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task SearchAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.SearchRunsRequest);
        var page = await ws.Runs.SearchAsync(request.ToSearch(), http.RequestAborted);
        var runs = page.Items.Count == 0 ? null : page.Items.Select(r => r.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new SearchRunsResponse(runs, page.NextPageToken), Json.SearchRunsResponse);
    }

    private static async Task LogMetricAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.LogMetricRequest);
        var runId = ApiRequest.RunId(request.RunId, request.RunUuid);
        await ws.Runs.LogBatchAsync(runId, request.ToRunBatch(), http.RequestAborted);
        await ws.LoggedModels.LogMetricsAsync(runId, request.ToModelMetrics(runId), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task LogParamAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.LogParamRequest);
        var runId = ApiRequest.RunId(request.RunId, request.RunUuid);
        await ws.Runs.LogBatchAsync(runId, request.ToRunBatch(), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task SetTagAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.SetRunTagRequest);
        var runId = ApiRequest.RunId(request.RunId, request.RunUuid);
        await ws.Runs.LogBatchAsync(runId, request.ToRunBatch(), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeleteTagAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.SetRunTagRequest);
        var runId = ApiRequest.RunId(request.RunId, request.RunUuid);
        await ws.Runs.DeleteTagAsync(runId, ApiRequest.Required(request.Key, "key"), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task LogBatchAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.LogBatchRequest);
        var runId = ApiRequest.Required(request.RunId, "run_id");
        await ws.Runs.LogBatchAsync(runId, request.ToRunBatch(), http.RequestAborted);
        await ws.LoggedModels.LogMetricsAsync(runId, request.ToModelMetrics(runId), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task LogInputsAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.LogInputsRequest);
        var runId = ApiRequest.Required(request.RunId, "run_id");
        var inputs = request.Datasets?.Select((d, i) => d.ToDomain(i)).ToArray() ?? [];
        await ws.Runs.LogInputsAsync(runId, inputs, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }
}

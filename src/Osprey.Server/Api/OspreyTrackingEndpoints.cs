using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>Osprey's tracking additions under <c>/api/osprey</c>: run search with OR, IN and count-only, and fetching several runs at once.</summary>
internal static class OspreyTrackingEndpoints
{
    private const int MaxCompareRuns = 100;

    public static IEndpointRouteBuilder MapOspreyTrackingApi(this IEndpointRouteBuilder api)
    {
        api.MapPost("/runs/search", SearchAsync).AllowsPublicRead();
        api.MapGet("/runs/get-many", GetManyAsync).AllowsPublicRead();
        return api;
    }

    private static async Task SearchAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.SearchRunsRequest);
        var search = request.ToSearch();
        if (request.CountOnly == true)
        {
            var count = await ws.Runs.CountAsync(search, http.RequestAborted);
            await ApiResponse.WriteAsync(http, new CountRunsResponse(count), Json.CountRunsResponse);
            return;
        }
        var page = await ws.Runs.SearchAsync(search, http.RequestAborted);
        var runs = page.Items.Count == 0 ? null : page.Items.Select(r => r.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new SearchRunsResponse(runs, page.NextPageToken), Json.SearchRunsResponse);
    }

    private static async Task GetManyAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.RunIdsRequest);
        var runIds = request.RunIds is { Count: > 0 } ids ? ids : throw ApiRequest.Missing("run_ids");
        if (runIds.Count > MaxCompareRuns)
        {
            throw OspreyException.Invalid($"'run_ids' names {runIds.Count} runs; the limit is {MaxCompareRuns}.");
        }
        var runs = new List<RunDto>(runIds.Count);
        foreach (var runId in runIds)
        {
            runs.Add((await ws.Runs.GetAsync(runId, http.RequestAborted)).ToDto());
        }
        await ApiResponse.WriteAsync(http, new SearchRunsResponse(runs, null), Json.SearchRunsResponse);
    }
}

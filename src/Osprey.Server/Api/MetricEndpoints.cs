using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Server.Contracts.Tracking;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary>MLflow's metric history endpoints: one run's full history, and sampled history of several runs for charts.</summary>
internal static class MetricEndpoints
{
    private const int MaxBulkRuns = 100;
    private const int DefaultBulkPoints = 320;
    private const int MaxBulkPoints = 2500;

    public static IEndpointRouteBuilder MapMetricsApi(this IEndpointRouteBuilder api)
    {
        api.MapGet("/metrics/get-history", GetHistoryAsync).AllowsPublicRead();
        api.MapGet("/metrics/get-history-bulk-interval", GetHistoryBulkIntervalAsync).AllowsPublicRead();
        return api;
    }

    private static async Task GetHistoryAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.GetMetricHistoryRequest);
        var runId = ApiRequest.RunId(request.RunId, request.RunUuid);
        var key = ApiRequest.Required(request.MetricKey, "metric_key");
        var page = await ws.Runs.GetMetricHistoryAsync(runId, key, request.MaxResults, request.PageToken, http.RequestAborted);
        var metrics = page.Items.Count == 0 ? null : page.Items.Select(m => m.ToDto()).ToArray();
        await ApiResponse.WriteAsync(http, new MetricHistoryResponse(metrics, page.NextPageToken), Json.MetricHistoryResponse);
    }

    private static async Task GetHistoryBulkIntervalAsync(HttpContext http, Workspace ws)
    {
        var request = await ApiRequest.ReadAsync(http, Json.GetMetricHistoryBulkIntervalRequest);
        var runIds = request.RunIds is { Count: > 0 } ids ? ids : throw ApiRequest.Missing("run_ids");
        if (runIds.Count > MaxBulkRuns)
        {
            throw OspreyException.Invalid($"'run_ids' names {runIds.Count} runs; the limit is {MaxBulkRuns}.");
        }
        var key = ApiRequest.Required(request.MetricKey, "metric_key");
        var points = request.MaxResults ?? DefaultBulkPoints;
        if (points is < 1 or > MaxBulkPoints)
        {
            throw OspreyException.Invalid($"Invalid value {points} for parameter 'max_results': it must be between 1 and {MaxBulkPoints}.");
        }
        var result = new List<MetricWithRunIdDto>();
        foreach (var runId in runIds)
        {
            var history = await ReadAllAsync(ws.Runs, runId, key, http.RequestAborted);
            var sampled = MetricSampling.Sample(history, request.StartStep, request.EndStep, points);
            result.AddRange(sampled.Select(m => new MetricWithRunIdDto(m.Key, m.Value, m.Timestamp, m.Step, runId)));
        }
        await ApiResponse.WriteAsync(http, new MetricHistoryBulkIntervalResponse(result.Count == 0 ? null : result), Json.MetricHistoryBulkIntervalResponse);
    }

    private static async Task<IReadOnlyList<Metric>> ReadAllAsync(IRunService runs, string runId, string key, CancellationToken ct)
    {
        var all = new List<Metric>();
        string? token = null;
        do
        {
            var page = await runs.GetMetricHistoryAsync(runId, key, TrackingLimits.MaxMetricHistoryResults, token, ct);
            all.AddRange(page.Items);
            token = page.NextPageToken;
        }
        while (token is not null);
        return all;
    }
}

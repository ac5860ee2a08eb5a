using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Performance;
using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines.Execution;
using Osprey.Server.Api;
using Osprey.Server.Hosting;
using Osprey.Server.Monitoring.Contracts;
using Osprey.Server.Pipelines;
using Osprey.Server.Security;

namespace Osprey.Server.Monitoring;

/// <summary>The model monitors run on the server's workspace, where the prediction log is: <c>POST /api/osprey/monitoring/performance</c>
/// (the report <c>osprey monitor performance</c> writes), <c>POST …/drift</c> (a reference profile against a served model's predictions) and
/// <c>POST …/retrain</c> (a pipeline run under a cooldown, for workers' drift and performance checks).</summary>
internal static class ModelMonitoringEndpoints
{
    private static ModelMonitoringJsonContext Json => ModelMonitoringJsonContext.Default;

    /// <summary>Maps the endpoints under <c>/api/osprey/monitoring</c>.</summary>
    public static IEndpointRouteBuilder MapModelMonitoringApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiRoutes.OspreyPrefix + "/monitoring");
        api.MapPost("/performance", PerformanceAsync);
        api.MapPost("/drift", DriftAsync);
        // Workers a server started hold its secret rather than a token, as for the worker protocol.
        api.MapPost("/retrain", RetrainAsync).AlwaysOpen();
        return app;
    }

    private static async Task PerformanceAsync(HttpContext http, Workspace ws, ServerOptions options)
    {
        var request = await ApiRequest.ReadAsync(http, Json.PerformanceCheckRequest);
        var check = ModelMonitoringBinding.Performance(request);
        await MonitoredModel.RequireKnownAsync(ws.Stores.Models, ws.Stores.PredictionLog, check.Model, http.RequestAborted);
        var monitor = new PerformanceMonitor(ws.Stores, options.Clock);
        var report = await monitor.EvaluateAsync(check, http.RequestAborted);
        if (request.Record ?? true)
        {
            await monitor.RecordAsync(report, http.RequestAborted);
        }
        await ApiResponse.WriteAsync(http, report, PerformanceJsonContext.Default.PerformanceReport);
    }

    private static async Task DriftAsync(HttpContext http, Workspace ws, ServerOptions options)
    {
        var (reference, model, window, drift) = ModelMonitoringBinding.Drift(await ApiRequest.ReadAsync(http, Json.DriftCheckRequest));
        // The drift check reads a stored profile from a file; this one lives only for the request.
        var folder = Directory.CreateTempSubdirectory("osprey-drift-");
        try
        {
            var path = Path.Combine(folder.FullName, "reference.json");
            await File.WriteAllTextAsync(path, reference.ToJson(), http.RequestAborted);
            var check = new DriftCheck(new DriftServices(PredictionLog: ws.Stores.PredictionLog), options.Clock);
            var result = await check.RunAsync(new DriftRequest(path, null, null, model, window, drift), null, http.RequestAborted);
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(DriftJson.Write(result), http.RequestAborted);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task RetrainAsync(HttpContext http, Workspace ws, PipelineService pipelines, ServerOptions options, WorkerAccess access)
    {
        access.Check(http);
        var request = ModelMonitoringBinding.Retrain(await ApiRequest.ReadAsync(http, Json.RetrainTriggerRequest));
        var outcome = await new PipelineRetrainTrigger(pipelines, ws.Stores.RetrainCooldowns, options.Clock).FireAsync(request, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new RetrainTriggerResponse(outcome.Fired, outcome.PipelineRunId, outcome.CooldownEndsAt, outcome.Explanation),
            Json.RetrainTriggerResponse);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Osprey.Core.Serving;
using Osprey.Serving.Api;
using Osprey.Serving.Kserve;
using Osprey.Serving.Security;

namespace Osprey.Serving.Hosting;

/// <summary>Maps the inference API of a serving runtime: Osprey's routes, KServe V1 and V2, health, metrics, feedback and release controls.</summary>
public static class ServingApi
{
    /// <summary>The prefix of the health, readiness, metrics and admin routes when the API shares a host that has its own <c>/health</c> (the Osprey server).</summary>
    public const string SharedHostControlPrefix = "/serving";

    /// <summary>Maps every serving endpoint onto a route builder; <paramref name="controlPrefix"/> (such as <see cref="SharedHostControlPrefix"/>) moves health, readiness, metrics and admin routes under it.</summary>
    public static void MapServingApi(this IEndpointRouteBuilder routes, ServingRuntime runtime, ServingApiOptions options, ILoggerFactory loggers, string controlPrefix = "")
    {
        var predict = new PredictEndpoint(runtime, options, loggers.CreateLogger<PredictEndpoint>());
        var batch = new BatchEndpoint(runtime, options, loggers.CreateLogger<BatchEndpoint>());
        var health = new HealthEndpoints(runtime);
        var models = new ModelEndpoints(runtime);
        routes.MapPost("/predict", (RequestDelegate)predict.HandleAsync);
        routes.MapPost("/models/{name}/predict", (RequestDelegate)predict.HandleNamedAsync);
        routes.MapPost("/predict/batch", (RequestDelegate)batch.HandleAsync);
        routes.MapPost("/models/{name}/predict/batch", (RequestDelegate)batch.HandleNamedAsync);
        routes.MapGet("/models", (RequestDelegate)models.ListAsync);
        routes.MapGet("/models/{name}", (RequestDelegate)models.SchemaAsync);
        routes.MapPost("/feedback", (RequestDelegate)new FeedbackEndpoint(runtime, options).HandleAsync);
        routes.MapGet(controlPrefix + "/health", (RequestDelegate)health.HealthAsync).WithMetadata(OpenEndpoint.Instance);
        routes.MapGet(controlPrefix + "/ready", (RequestDelegate)health.ReadyAsync).WithMetadata(OpenEndpoint.Instance);
        routes.MapGet(controlPrefix + "/metrics", (RequestDelegate)health.MetricsAsync).WithMetadata(OpenEndpoint.Instance);
        MapKserve(routes, runtime, options, loggers);
        MapAdmin(routes, controlPrefix + "/admin", new AdminEndpoints(runtime, options));
    }

    private static void MapKserve(IEndpointRouteBuilder routes, ServingRuntime runtime, ServingApiOptions options, ILoggerFactory loggers)
    {
        var v1 = new KserveV1Endpoints(runtime, options, loggers.CreateLogger<KserveV1Endpoints>());
        routes.MapGet("/v1/models", (RequestDelegate)v1.ListAsync);
        routes.MapGet("/v1/models/{name}", (RequestDelegate)v1.ModelAsync);
        routes.MapPost("/v1/models/{name}:predict", (RequestDelegate)v1.PredictAsync);
        var v2 = new KserveV2Endpoints(runtime, options, loggers.CreateLogger<KserveV2Endpoints>());
        routes.MapGet("/v2", (RequestDelegate)KserveV2Endpoints.ServerAsync);
        routes.MapGet("/v2/health/live", (RequestDelegate)KserveV2Endpoints.LiveAsync).WithMetadata(OpenEndpoint.Instance);
        routes.MapGet("/v2/health/ready", (RequestDelegate)v2.ReadyAsync).WithMetadata(OpenEndpoint.Instance);
        routes.MapGet("/v2/models/{name}", (RequestDelegate)v2.ModelAsync);
        routes.MapGet("/v2/models/{name}/versions/{version}", (RequestDelegate)v2.ModelAsync);
        routes.MapGet("/v2/models/{name}/ready", (RequestDelegate)v2.ModelReadyAsync);
        routes.MapGet("/v2/models/{name}/versions/{version}/ready", (RequestDelegate)v2.ModelReadyAsync);
        routes.MapPost("/v2/models/{name}/infer", (RequestDelegate)v2.InferAsync);
        routes.MapPost("/v2/models/{name}/versions/{version}/infer", (RequestDelegate)v2.InferAsync);
    }

    private static void MapAdmin(IEndpointRouteBuilder routes, string prefix, AdminEndpoints admin)
    {
        routes.MapGet(prefix + "/status", (RequestDelegate)admin.StatusAsync);
        routes.MapPost(prefix + "/models/{name}/canary", (RequestDelegate)admin.SetCanaryAsync);
        routes.MapDelete(prefix + "/models/{name}/canary", (RequestDelegate)admin.ClearCanaryAsync);
        routes.MapPost(prefix + "/models/{name}/shadow", (RequestDelegate)admin.SetShadowAsync);
        routes.MapDelete(prefix + "/models/{name}/shadow", (RequestDelegate)admin.ClearShadowAsync);
        routes.MapPost(prefix + "/models/{name}/promote", (RequestDelegate)admin.PromoteAsync);
        routes.MapPost(prefix + "/models/{name}/rollback", (RequestDelegate)admin.RollbackAsync);
        routes.MapPost(prefix + "/models/{name}/refresh", (RequestDelegate)admin.RefreshAsync);
    }
}

using Osprey.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Server.Contracts;
using Osprey.Server.Security;

namespace Osprey.Server.Api;

/// <summary>Mounts each API area under its prefixes: MLflow's under both <c>/api/2.0</c> and <c>/ajax-api/2.0</c> (the MLflow UI uses the latter), Osprey's under <c>/api/osprey</c>.</summary>
internal static class ApiRoutes
{
    /// <summary>The prefix of Osprey's own endpoints.</summary>
    public const string OspreyPrefix = "/api/osprey";

    private static readonly string[] VersionPrefixes = ["/api/2.0", "/ajax-api/2.0"];

    public static IEndpointRouteBuilder MapMlflowTrackingApi(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in VersionPrefixes)
        {
            app.MapGroup(prefix + "/mlflow").MapExperimentsApi().MapRunsApi().MapMetricsApi().MapRunArtifactsApi();
        }
        return app;
    }

    public static IEndpointRouteBuilder MapMlflowRegistryApi(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in VersionPrefixes)
        {
            app.MapGroup(prefix + "/mlflow").MapRegisteredModelsApi().MapModelVersionsApi().MapAliasesApi();
        }
        return app;
    }

    public static IEndpointRouteBuilder MapMlflowArtifactsApi(this IEndpointRouteBuilder app)
    {
        foreach (var prefix in VersionPrefixes)
        {
            app.MapGroup(prefix + "/mlflow-artifacts").MapProxiedArtifactsApi();
        }
        return app.MapArtifactDownloads();
    }

    public static IEndpointRouteBuilder MapOspreyApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(OspreyPrefix).MapOspreyTrackingApi().MapOspreyRegistryApi();
        return app;
    }

    /// <summary>Answers unknown API paths with MLflow's 404 ENDPOINT_NOT_FOUND rather than an empty 404.</summary>
    public static IEndpointRouteBuilder MapUnknownApiPaths(this IEndpointRouteBuilder app)
    {
        foreach (var pattern in new[] { "/api/{**rest}", "/ajax-api/{**rest}" })
        {
            app.MapFallback(pattern, (HttpContext http) => ApiResponse.ErrorAsync(http, StatusCodes.Status404NotFound,
                ApiErrorCodes.EndpointNotFound, $"No API endpoint {http.Request.Method} {http.Request.Path}.")).AlwaysOpen();
        }
        return app;
    }
}

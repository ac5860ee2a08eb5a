using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Server.Contracts;
using Osprey.Server.Security;
using static Osprey.Server.Api.JsonTypes;

namespace Osprey.Server.Api;

/// <summary><c>GET /health</c> and <c>GET /version</c>, open to everyone.</summary>
internal static class HealthEndpoints
{
    private static readonly string Version =
        typeof(HealthEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (HttpContext http) => ApiResponse.WriteAsync(http, new HealthResponse("ok"), Json.HealthResponse)).AlwaysOpen();
        app.MapGet("/version", (HttpContext http) => ApiResponse.WriteAsync(http, new VersionResponse(Version), Json.VersionResponse)).AlwaysOpen();
        return app;
    }
}

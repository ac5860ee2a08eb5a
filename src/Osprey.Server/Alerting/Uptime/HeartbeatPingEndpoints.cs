using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Uptime;
using Osprey.Server.Security;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>The heartbeat ping endpoints: <c>GET|POST /api/heartbeat/{token}[/start|/fail]</c>. The token in the path is the secret, so they need no API token and answer only "OK" or "not found".</summary>
internal static class HeartbeatPingEndpoints
{
    private static readonly string[] Methods = ["GET", "POST", "HEAD"];

    public static IEndpointRouteBuilder MapHeartbeatPingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/api/heartbeat/{token}", Methods, (HttpContext http, UptimeEngine engine, string token) => PingAsync(http, engine, token, PingKind.Success)).AlwaysOpen();
        app.MapMethods("/api/heartbeat/{token}/start", Methods, (HttpContext http, UptimeEngine engine, string token) => PingAsync(http, engine, token, PingKind.Start)).AlwaysOpen();
        app.MapMethods("/api/heartbeat/{token}/fail", Methods, (HttpContext http, UptimeEngine engine, string token) => PingAsync(http, engine, token, PingKind.Fail)).AlwaysOpen();
        return app;
    }

    private static async Task PingAsync(HttpContext http, UptimeEngine engine, string token, PingKind kind)
    {
        var known = HeartbeatTokens.IsWellFormed(token) && await engine.PingAsync(token, kind, http.RequestAborted) is not null;
        http.Response.StatusCode = known ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.WriteAsync(known ? "OK\n" : "not found\n", http.RequestAborted);
    }
}

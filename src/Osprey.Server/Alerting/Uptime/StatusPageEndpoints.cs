using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core.Alerting.StatusPage;
using Osprey.Core.Alerting.Uptime;
using Osprey.Server.Security;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>The public, read-only status page: <c>GET /status</c> (HTML) and <c>GET /status.json</c>, open without a token; they show only monitors marked for the page.</summary>
internal static class StatusPageEndpoints
{
    public static IEndpointRouteBuilder MapStatusPageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/status", async (HttpContext http, UptimeEngine engine, StatusPageBuilder builder, UptimeHostOptions options) =>
        {
            var view = await builder.BuildAsync(options.StatusTitle, engine.Definitions(), engine.Statuses(), http.RequestAborted);
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            // The page carries its own styles and no scripts; the policy keeps it that way even if a name smuggles markup.
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
            await http.Response.WriteAsync(StatusPageHtml.Render(view), http.RequestAborted);
        }).AlwaysOpen();
        app.MapGet("/status.json", async (HttpContext http, UptimeEngine engine, StatusPageBuilder builder, UptimeHostOptions options) =>
        {
            var view = await builder.BuildAsync(options.StatusTitle, engine.Definitions(), engine.Statuses(), http.RequestAborted);
            http.Response.Headers.CacheControl = "no-cache";
            await UptimeJson.WriteAsync(http, json => StatusPageJson.Write(json, view));
        }).AlwaysOpen();
        return app;
    }
}

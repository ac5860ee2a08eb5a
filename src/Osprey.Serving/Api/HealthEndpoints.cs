using Microsoft.AspNetCore.Http;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary><c>GET /health</c> (503 when a model is not loaded or the recent error rate passes the threshold), <c>GET /ready</c> and <c>GET /metrics</c>.</summary>
internal sealed class HealthEndpoints(ServingRuntime runtime)
{
    public Task HealthAsync(HttpContext http)
    {
        var report = runtime.CheckHealth();
        var single = report.Models.Count == 1 ? report.Models[0] : null;
        return ServingResponses.JsonAsync(http, report.Healthy ? 200 : 503, new
        {
            status = report.Status,
            model_loaded = report.ModelLoaded,
            model = single?.Model,
            version = single?.Stable,
            models = report.Models,
            uptime_seconds = Math.Round(report.UptimeSeconds, 3),
            prediction_count = report.PredictionCount,
            error_rate = report.ErrorRate,
            error_rate_threshold = report.Rule.ErrorRateThreshold,
            window_seconds = report.Rule.Window.TotalSeconds,
            window_requests = report.WindowRequests,
            window_failures = report.WindowFailures,
        });
    }

    public Task ReadyAsync(HttpContext http)
    {
        var ready = runtime.Models.AllLoaded;
        return ServingResponses.JsonAsync(http, ready ? 200 : 503, new
        {
            ready,
            models = runtime.Models.All.Select(d => new { name = d.Name, loaded = d.Plan is not null, version = d.Plan?.Stable.Version, last_error = d.LastError }),
        });
    }

    public async Task MetricsAsync(HttpContext http)
    {
        var text = runtime.Registry.ToText();
        http.Response.StatusCode = 200;
        http.Response.ContentType = PrometheusTextWriter.ContentType;
        await http.Response.WriteAsync(text, http.RequestAborted);
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core.Alerting.Analytics;
using Osprey.Server.Alerting.Alerts.Contracts;
using Osprey.Server.Api;
using Osprey.Server.Security;

namespace Osprey.Server.Alerting.Alerts;

/// <summary><c>GET /api/alerts/analytics?from&amp;to&amp;by=team|priority|entity&amp;noiseWindow=MIN</c>: MTTA, MTTR, escalation and noise shares, weekly volume; the last 30 days by default.</summary>
internal sealed class AlertAnalyticsEndpoints(AlertAnalyticsService analytics, TimeProvider clock)
{
    private static readonly TimeSpan DefaultRange = TimeSpan.FromDays(30);

    public void Map(IEndpointRouteBuilder api) => api.MapGet("/analytics", ReportAsync).AllowsPublicRead();

    private async Task ReportAsync(HttpContext http)
    {
        var q = http.Request.Query;
        var to = AlertMapping.ParseTime(q["to"], "to") ?? clock.GetUtcNow();
        var from = AlertMapping.ParseTime(q["from"], "from") ?? to - DefaultRange;
        var window = int.TryParse(q["noiseWindow"], out var minutes) ? minutes : AlertAnalytics.DefaultNoiseWindowMinutes;
        var report = await analytics.ReportAsync(from, to, AlertAnalyticsService.ParseGrouping(q["by"]), window, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new AlertAnalyticsResponse(AlertMapping.Time(report.From)!, AlertMapping.Time(report.To)!,
            report.By.ToString().ToLowerInvariant(), report.NoiseWindowMinutes, report.Overall, report.Groups, report.WeeklyVolume),
            AlertJsonContext.Default.AlertAnalyticsResponse);
    }
}

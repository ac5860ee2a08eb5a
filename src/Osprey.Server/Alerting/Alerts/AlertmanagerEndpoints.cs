using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts.Contracts;
using Osprey.Server.Api;

namespace Osprey.Server.Alerting.Alerts;

/// <summary>Prometheus Alertmanager's webhook receiver at <c>/api/integrations/alertmanager</c>: firing alerts are raised (de-duplicated by alias), resolved ones close.</summary>
internal sealed class AlertmanagerEndpoints(AlertService alerts)
{
    private const int MaxAlerts = 1_000;

    public void Map(IEndpointRouteBuilder app) => app.MapPost("/api/integrations/alertmanager", ReceiveAsync);

    private async Task ReceiveAsync(HttpContext http)
    {
        var payload = await ApiRequest.ReadAsync(http, AlertJsonContext.Default.AlertmanagerPayload);
        var items = payload.Alerts ?? throw ApiRequest.Missing("alerts");
        if (items.Count > MaxAlerts)
        {
            throw new OspreyException(ErrorCode.LimitExceeded, $"A notification may carry at most {MaxAlerts} alerts, this one has {items.Count}; set max_alerts in the webhook config.");
        }
        var (raised, resolved, ids) = (0, 0, new List<string>());
        foreach (var item in items)
        {
            var alias = AlertmanagerTranslation.Alias(payload.GroupKey, item);
            var status = item.Status ?? payload.Status;
            if (string.Equals(status, "resolved", StringComparison.OrdinalIgnoreCase))
            {
                resolved += await alerts.ResolveAsync(alias, AlertmanagerTranslation.Source, $"Resolved in Alertmanager (endsAt {item.EndsAt}).", http.RequestAborted) ? 1 : 0;
                continue;
            }
            var receipt = await alerts.RaiseAsync(AlertmanagerTranslation.ToRequest(alias, item, payload), http.RequestAborted);
            ids.Add(receipt.AlertId);
            raised++;
        }
        await ApiResponse.WriteAsync(http, new AlertmanagerResponse(http.TraceIdentifier, raised, resolved, ids), AlertJsonContext.Default.AlertmanagerResponse);
    }
}

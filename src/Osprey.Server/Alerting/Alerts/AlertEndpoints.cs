using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts.Contracts;
using Osprey.Server.Api;
using Osprey.Server.Security;

namespace Osprey.Server.Alerting.Alerts;

/// <summary>Opsgenie-shaped alert API under <c>/api/alerts</c>: create (202), list, get by id/tiny/alias, history, and the actions.</summary>
internal sealed class AlertEndpoints(AlertService alerts, TimeProvider clock)
{
    private const string Accepted = "Request will be processed";
    private static AlertJsonContext Json => AlertJsonContext.Default;

    public void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/", CreateAsync);
        api.MapGet("/", ListAsync).AllowsPublicRead();
        api.MapGet("/{identifier}", GetAsync).AllowsPublicRead();
        api.MapGet("/{identifier}/history", HistoryAsync).AllowsPublicRead();
        api.MapPost("/{identifier}/acknowledge", Act((id, type, r, ct) => alerts.AcknowledgeAsync(id, type, r.User, r.Note, ct)));
        api.MapPost("/{identifier}/unacknowledge", Act((id, type, r, ct) => alerts.UnacknowledgeAsync(id, type, r.User, r.Note, ct)));
        api.MapPost("/{identifier}/close", Act((id, type, r, ct) => alerts.CloseAsync(id, type, r.User ?? r.Source, r.Note, r.Noise ?? false, ct)));
        api.MapPost("/{identifier}/notes", Act((id, type, r, ct) => alerts.AddNoteAsync(id, type, r.Note ?? "", r.User, ct)));
        api.MapPost("/{identifier}/snooze", Act((id, type, r, ct) =>
            alerts.SnoozeAsync(id, type, AlertMapping.ParseTime(r.EndTime, "endTime") ?? throw ApiRequest.Missing("endTime"), r.User, r.Note, ct)));
        api.MapPost("/{identifier}/priority", Act((id, type, r, ct) =>
            alerts.ChangePriorityAsync(id, type, AlertMapping.ParsePriority(r.Priority, "priority") ?? throw ApiRequest.Missing("priority"), r.User, ct)));
    }

    private async Task CreateAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var request = await ApiRequest.ReadAsync(http, Json.CreateAlertRequest);
        var receipt = await alerts.RaiseAsync(request.ToRequest(), http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status202Accepted;
        await ApiResponse.WriteAsync(http, new AlertAcceptedResponse(Accepted, Took(started), RequestId(http), receipt.AlertId, receipt.Deduplicated, receipt.Count),
            Json.AlertAcceptedResponse);
    }

    private async Task ListAsync(HttpContext http)
    {
        var page = await alerts.SearchAsync(AlertQueryBinding.Bind(http.Request.Query), http.RequestAborted);
        var now = Now();
        await ApiResponse.WriteAsync(http, new AlertListResponse([.. page.Alerts.Select(a => a.ToDto(now))], page.Total, page.Offset, RequestId(http)),
            Json.AlertListResponse);
    }

    private async Task GetAsync(HttpContext http, string identifier)
    {
        var alert = await alerts.FindAsync(identifier, IdentifierType(http), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new AlertResponse(alert.ToDto(Now()), RequestId(http)), Json.AlertResponse);
    }

    private async Task HistoryAsync(HttpContext http, string identifier)
    {
        var history = await alerts.HistoryAsync(identifier, IdentifierType(http), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new AlertHistoryResponse([.. history.Select(e => e.ToDto())], RequestId(http)), Json.AlertHistoryResponse);
    }

    private RequestDelegate Act(Func<string, AlertIdentifierType, AlertActionRequest, CancellationToken, Task<AlertChange>> act) => http => ActAsync(http, act);

    private async Task ActAsync(HttpContext http, Func<string, AlertIdentifierType, AlertActionRequest, CancellationToken, Task<AlertChange>> act)
    {
        var started = Stopwatch.GetTimestamp();
        var identifier = (string)http.Request.RouteValues["identifier"]!;
        var request = http.Request.ContentLength is null or 0 && http.Request.Headers.TransferEncoding.Count == 0
            ? new AlertActionRequest()
            : await ApiRequest.ReadAsync(http, Json.AlertActionRequest);
        var change = await act(identifier, IdentifierType(http), request, http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status202Accepted;
        await ApiResponse.WriteAsync(http, new AlertChangeResponse(Accepted, Took(started), RequestId(http), change.Alert.ToDto(Now()), change.Event?.ToDto()),
            Json.AlertChangeResponse);
    }

    private static AlertIdentifierType IdentifierType(HttpContext http) => AlertIdentifiers.ParseType(http.Request.Query["identifierType"]);

    private static string RequestId(HttpContext http) => http.TraceIdentifier;

    private static double Took(long started) => Math.Round(Stopwatch.GetElapsedTime(started).TotalSeconds, 3);

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

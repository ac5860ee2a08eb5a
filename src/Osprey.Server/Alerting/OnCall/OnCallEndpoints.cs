using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Notifications;
using Osprey.Core.Alerting.OnCall;
using Osprey.Server.Alerting.OnCall.Contracts;
using Osprey.Server.Api;
using Osprey.Server.Hosting;
using Osprey.Server.Security;

namespace Osprey.Server.Alerting.OnCall;

/// <summary>The on-call API under <c>/api/oncall</c> (who is on call, timelines, check, definitions) and <c>/api/notifications</c> (delivery log, test).</summary>
internal static class OnCallEndpoints
{
    private const int MaxDefinitionBytes = 256 * 1024;

    private static OnCallJsonContext Json => OnCallJsonContext.Default;

    public static IEndpointRouteBuilder MapOnCallEndpoints(this IEndpointRouteBuilder app)
    {
        var oncall = app.MapGroup("/api/oncall");
        oncall.MapGet("/now", NowAsync).AllowsPublicRead();
        oncall.MapGet("/schedules/{name}/timeline", TimelineAsync).AllowsPublicRead();
        oncall.MapGet("/check", CheckAsync).AllowsPublicRead();
        oncall.MapGet("/definitions", ListDefinitionsAsync).AllowsPublicRead();
        oncall.MapPut("/definitions/{kind}/{name}", PutDefinitionAsync);
        oncall.MapDelete("/definitions/{kind}/{name}", DeleteDefinitionAsync);
        var notifications = app.MapGroup("/api/notifications");
        notifications.MapGet("/deliveries", DeliveriesAsync).AllowsPublicRead();
        notifications.MapPost("/test", TestAsync);
        return app;
    }

    private static async Task NowAsync(HttpContext http, OnCallService oncall, string? schedule)
    {
        var now = await oncall.NowAsync(string.IsNullOrEmpty(schedule) ? null : schedule, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new OnCallNowResponse([.. now.Select(n => new OnCallNowDto(n.Schedule, n.User, n.Source, n.Until))]), Json.OnCallNowResponse);
    }

    private static async Task TimelineAsync(HttpContext http, OnCallService oncall, ServerOptions server, string name, string? from, string? to)
    {
        var start = Instant(from, "from") ?? server.Clock.GetUtcNow();
        var end = Instant(to, "to") ?? start.AddDays(7);
        var shifts = await oncall.TimelineAsync(name, start, end, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new TimelineResponse(name, [.. shifts.Select(s => new ShiftDto(s.User, s.Start, s.End, s.Source))]), Json.TimelineResponse);
    }

    private static async Task CheckAsync(HttpContext http, OnCallService oncall, int? days)
    {
        var warnings = await oncall.CheckAsync(days ?? 14, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new CheckResponse([.. warnings.Select(w => new WarningDto(w.Subject, w.Message))]), Json.CheckResponse);
    }

    private static async Task ListDefinitionsAsync(HttpContext http, OnCallService oncall)
    {
        var stored = await oncall.Definitions.ListStoredAsync(http.RequestAborted);
        var list = stored.Select(d => new DefinitionDto(DefinitionSections.Of(d.Kind), d.Name, d.Text, DateTimeOffset.FromUnixTimeMilliseconds(d.UpdatedAt)));
        await ApiResponse.WriteAsync(http, new DefinitionListResponse([.. list]), Json.DefinitionListResponse);
    }

    private static async Task PutDefinitionAsync(HttpContext http, OnCallService oncall, ServerOptions server, string kind, string name)
    {
        if (http.Request.ContentLength > MaxDefinitionBytes)
        {
            throw new OspreyException(ErrorCode.LimitExceeded, $"A definition may be at most {MaxDefinitionBytes} bytes.");
        }
        using var reader = new StreamReader(http.Request.Body);
        var text = await reader.ReadToEndAsync(http.RequestAborted);
        await oncall.Definitions.PutAsync(DefinitionSections.Parse(kind), name, text, server.Clock.GetUtcNow().ToUnixTimeMilliseconds(), http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeleteDefinitionAsync(HttpContext http, OnCallService oncall, string kind, string name)
    {
        await oncall.Definitions.DeleteAsync(DefinitionSections.Parse(kind), name, http.RequestAborted);
        await ApiResponse.EmptyAsync(http);
    }

    private static async Task DeliveriesAsync(HttpContext http, OnCallService oncall, string? alert, string? status, int? limit)
    {
        OutboxStatus? state = status is null ? null
            : Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed) && !status.Any(char.IsDigit) ? parsed
            : throw OspreyException.Invalid($"status must be one of pending, held, sending, sent, failed; got '{status}'.");
        var entries = await oncall.DeliveriesAsync(new DeliveryQuery(alert, state, limit ?? 100), http.RequestAborted);
        await ApiResponse.WriteAsync(http, new DeliveryListResponse([.. entries.Select(DeliveryMapping.ToDto)]), Json.DeliveryListResponse);
    }

    private static async Task TestAsync(HttpContext http, OnCallService oncall)
    {
        var request = await ApiRequest.ReadAsync(http, Json.TestNotificationRequest);
        var id = await oncall.SendTestAsync(ApiRequest.Required(request.Channel, "channel"), request.Message, http.RequestAborted);
        await ApiResponse.WriteAsync(http, new TestNotificationResponse(id), Json.TestNotificationResponse);
    }

    private static DateTimeOffset? Instant(string? text, string field) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value
        : throw OspreyException.Invalid($"{field} must be a date and time such as 2026-03-01T00:00:00Z; got '{text}'.");
}

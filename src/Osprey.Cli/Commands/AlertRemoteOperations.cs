using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Server.Alerting.Alerts.Contracts;

namespace Osprey.Cli.Commands;

/// <summary>The alert commands against a server's <c>/api/alerts</c>, turning its error bodies back into <see cref="OspreyException"/>s.</summary>
internal sealed class AlertRemoteOperations(HttpClient http) : AlertOperations
{
    private static AlertJsonContext Json => AlertJsonContext.Default;

    public static AlertRemoteOperations Open(string url, string? token)
    {
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            throw OspreyException.Invalid($"'--server' must be an http:// or https:// URL, got '{url}'.");
        }
        var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(1) };
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return new AlertRemoteOperations(http);
    }

    public override Task<AlertListResponse> ListAsync(AlertQuery q, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, "api/alerts" + Query(("status", q.Status?.ToString().ToLowerInvariant()), ("priority", q.Priority?.ToString()), ("tag", q.Tag),
            ("team", q.Team), ("entity", q.Entity), ("source", q.Source), ("alias", q.Alias), ("from", Millis(q.CreatedFrom)), ("to", Millis(q.CreatedTo)),
            ("offset", Millis(q.Offset)), ("limit", Millis(q.Limit))), null, Json.AlertListResponse, ct);

    public override async Task<AlertDto> ShowAsync(string identifier, AlertIdentifierType type, CancellationToken ct) =>
        (await SendAsync(HttpMethod.Get, Path(identifier, type, ""), null, Json.AlertResponse, ct)).Data;

    public override async Task<IReadOnlyList<AlertEventDto>> HistoryAsync(string identifier, AlertIdentifierType type, CancellationToken ct) =>
        (await SendAsync(HttpMethod.Get, Path(identifier, type, "/history"), null, Json.AlertHistoryResponse, ct)).Data;

    public override Task<AlertAcceptedResponse> CreateAsync(CreateAlertRequest request, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, "api/alerts", JsonSerializer.Serialize(request, Json.CreateAlertRequest), Json.AlertAcceptedResponse, ct);

    public override Task<AlertChangeResponse> ActAsync(string action, string identifier, AlertIdentifierType type, AlertActionRequest request, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, Path(identifier, type, "/" + action), JsonSerializer.Serialize(request, Json.AlertActionRequest), Json.AlertChangeResponse, ct);

    public override Task<AlertAnalyticsResponse> AnalyticsAsync(string? from, string? to, string? by, int noiseWindowMinutes, CancellationToken ct) =>
        SendAsync(HttpMethod.Get, "api/alerts/analytics" + Query(("from", from), ("to", to), ("by", by), ("noiseWindow", Millis(noiseWindowMinutes))),
            null, Json.AlertAnalyticsResponse, ct);

    public override ValueTask DisposeAsync()
    {
        http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, string? body, JsonTypeInfo<T> type, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(response, text);
        }
        return JsonSerializer.Deserialize(text, type) ?? throw new InvalidDataException($"The server answered {path} with an empty body.");
    }

    private static Exception Failure(HttpResponseMessage response, string text)
    {
        string? code = null, message = null;
        try
        {
            using var error = JsonDocument.Parse(text);
            code = error.RootElement.TryGetProperty("error_code", out var c) ? c.GetString() : null;
            message = error.RootElement.TryGetProperty("message", out var m) ? m.GetString() : null;
        }
        catch (JsonException)
        {
            // Not an Osprey error body (a proxy's page, say): the status code speaks instead.
        }
        message ??= $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        return ApiErrorCodes.FromName(code) is { } known
            ? new OspreyException(known, message)
            : new InvalidOperationException($"the server failed (HTTP {(int)response.StatusCode}): {message}");
    }

    private static string Path(string identifier, AlertIdentifierType type, string suffix) =>
        $"api/alerts/{Uri.EscapeDataString(identifier)}{suffix}?identifierType={type.ToString().ToLowerInvariant()}";

    private static string? Millis(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Query(params (string Name, string? Value)[] pairs)
    {
        var given = pairs.Where(p => p.Value is not null).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToList();
        return given.Count == 0 ? "" : "?" + string.Join('&', given);
    }
}

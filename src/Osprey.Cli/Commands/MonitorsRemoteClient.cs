using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Osprey.Core;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Cli.Commands;

/// <summary>Manages monitors on a server through <c>/api/monitors</c>; the server's engine applies changes at once.</summary>
internal sealed class MonitorsRemoteClient : IMonitorsClient
{
    private readonly HttpClient _http;

    public MonitorsRemoteClient(Uri server, string? token)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public async Task<IReadOnlyList<MonitorsEntry>> ListAsync(MonitorKind? kind, CancellationToken ct)
    {
        var path = kind is null ? "api/monitors" : $"api/monitors?kind={kind.ToString()!.ToLowerInvariant()}";
        var answer = await SendAsync(HttpMethod.Get, path, null, ct);
        return [.. answer["monitors"]!.AsArray().Select(m => Entry(m!.AsObject()))];
    }

    public async Task<MonitorsEntry> GetAsync(string name, CancellationToken ct) =>
        Entry((await SendAsync(HttpMethod.Get, $"api/monitors/{Uri.EscapeDataString(name)}", null, ct))["monitor"]!.AsObject());

    public async Task<IReadOnlyList<Incident>> IncidentsAsync(string name, CancellationToken ct)
    {
        var answer = await SendAsync(HttpMethod.Get, $"api/monitors/{Uri.EscapeDataString(name)}", null, ct);
        return [.. answer["incidents"]!.AsArray().Select(i => new Incident(
            i!["id"]!.GetValue<long>(), name, Time(i["started_at"])!.Value, Time(i["ended_at"]), i["cause"]!.GetValue<string>()))];
    }

    public async Task<MonitorsEntry> CreateAsync(MonitorDefinition monitor, CancellationToken ct) =>
        Entry((await SendAsync(HttpMethod.Post, "api/monitors", MonitorJson.Write(monitor), ct)).AsObject());

    public async Task<MonitorsEntry> SetPausedAsync(string name, bool paused, CancellationToken ct) =>
        Entry((await SendAsync(HttpMethod.Post, $"api/monitors/{Uri.EscapeDataString(name)}/{(paused ? "pause" : "resume")}", null, ct)).AsObject());

    public ValueTask DisposeAsync()
    {
        _http.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<JsonNode> SendAsync(HttpMethod method, string path, string? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            var message = TryMessage(text) ?? $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}";
            throw new OspreyException(response.StatusCode switch
            {
                HttpStatusCode.NotFound => ErrorCode.NotFound,
                HttpStatusCode.BadRequest => ErrorCode.InvalidParameter,
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => ErrorCode.Unauthorized,
                HttpStatusCode.Conflict => ErrorCode.AlreadyExists,
                _ => ErrorCode.Unavailable,
            }, message);
        }
        return JsonNode.Parse(text)!;
    }

    private static string? TryMessage(string text)
    {
        try
        {
            return JsonNode.Parse(text)?["message"]?.GetValue<string>();
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static MonitorsEntry Entry(JsonObject monitor)
    {
        var status = monitor["status"];
        var definition = monitor.DeepClone().AsObject();
        definition.Remove("status");
        var state = Enum.Parse<MonitorState>(status?["state"]?.GetValue<string>() ?? "pending", ignoreCase: true);
        var name = monitor["name"]!.GetValue<string>();
        return new MonitorsEntry(MonitorJson.Read(definition.ToJsonString()),
            new MonitorStatus(name, state, Time(status?["since"]), Time(status?["last_check_at"]), status?["last_cause"]?.GetValue<string>(), Time(status?["last_ping_at"]), null));
    }

    private static long? Time(JsonNode? node) =>
        node?.GetValue<string>() is { } text ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds() : null;
}

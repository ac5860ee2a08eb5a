using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Osprey.Core;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>The monitor API under <c>/api/monitors</c>: list, show, create (a monitor file's fields as JSON or YAML), pause, resume, delete.</summary>
internal static class MonitorEndpoints
{
    private const int MaxBodyChars = 256 * 1024;

    public static RouteGroupBuilder MapMonitorEndpoints(this RouteGroupBuilder group)
    {
        // Not public reads: definitions carry heartbeat tokens, which are secrets.
        group.MapGet("", ListAsync);
        group.MapGet("/{name}", ShowAsync);
        group.MapPost("", CreateAsync);
        group.MapPost("/{name}/pause", (HttpContext http, MonitorService monitors, UptimeEngine engine, string name) => PauseAsync(http, monitors, engine, name, true));
        group.MapPost("/{name}/resume", (HttpContext http, MonitorService monitors, UptimeEngine engine, string name) => PauseAsync(http, monitors, engine, name, false));
        group.MapDelete("/{name}", async (HttpContext http, MonitorService monitors, string name) =>
        {
            await monitors.DeleteAsync(name, http.RequestAborted);
            http.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        return group;
    }

    private static async Task ListAsync(HttpContext http, MonitorService monitors, UptimeEngine engine, string? kind)
    {
        MonitorKind? only = kind is null ? null : Enum.TryParse<MonitorKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k)
            ? k : throw OspreyException.Invalid($"kind must be http, tcp, heartbeat or rule, got '{kind}'");
        var list = await monitors.ListAsync(only, http.RequestAborted);
        var states = engine.Statuses().ToDictionary(s => s.Monitor, StringComparer.Ordinal);
        await UptimeJson.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("monitors");
            foreach (var monitor in list)
            {
                WriteMonitor(json, monitor, states.GetValueOrDefault(monitor.Name));
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task ShowAsync(HttpContext http, MonitorService monitors, UptimeEngine engine, string name)
    {
        var monitor = await monitors.GetAsync(name, http.RequestAborted);
        var status = engine.Statuses().FirstOrDefault(s => s.Monitor == name);
        var incidents = await monitors.Store.ListIncidentsAsync(name, 0, 20, http.RequestAborted);
        var pings = monitor.Kind == MonitorKind.Heartbeat ? await monitors.Store.ListPingsAsync(name, 20, http.RequestAborted) : [];
        await UptimeJson.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WritePropertyName("monitor");
            WriteMonitor(json, monitor, status);
            json.WriteStartArray("incidents");
            foreach (var incident in incidents)
            {
                json.WriteStartObject();
                json.WriteNumber("id", incident.Id);
                UptimeJson.Time(json, "started_at", incident.Start);
                UptimeJson.Time(json, "ended_at", incident.End);
                json.WriteString("cause", incident.Cause);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("pings");
            foreach (var ping in pings)
            {
                json.WriteStartObject();
                UptimeJson.Time(json, "at", ping.At);
                json.WriteString("kind", ping.Kind.ToString().ToLowerInvariant());
                if (ping.DurationMs is { } ms)
                {
                    json.WriteNumber("duration_ms", ms);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task CreateAsync(HttpContext http, MonitorService monitors, UptimeEngine engine)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var buffer = new char[MaxBodyChars + 1];
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), http.RequestAborted);
        if (read > MaxBodyChars)
        {
            throw OspreyException.Invalid($"A monitor definition must be at most {MaxBodyChars} characters.");
        }
        var loaded = MonitorYamlLoader.Load("request body", new string(buffer, 0, read)).OrThrow();
        if (loaded.Count != 1)
        {
            throw OspreyException.Invalid("Send one monitor per request (a map with kind and name).");
        }
        var created = await monitors.CreateAsync(loaded[0], http.RequestAborted);
        await UptimeJson.WriteAsync(http, json => WriteMonitor(json, created, engine.Statuses().FirstOrDefault(s => s.Monitor == created.Name)), StatusCodes.Status201Created);
    }

    private static async Task PauseAsync(HttpContext http, MonitorService monitors, UptimeEngine engine, string name, bool paused)
    {
        var monitor = await monitors.SetPausedAsync(name, paused, http.RequestAborted);
        await UptimeJson.WriteAsync(http, json => WriteMonitor(json, monitor, engine.Statuses().FirstOrDefault(s => s.Monitor == name)));
    }

    /// <summary>Writes a definition (the monitor file fields) with its current state under <c>status</c>.</summary>
    public static void WriteMonitor(Utf8JsonWriter json, MonitorDefinition monitor, MonitorStatus? status)
    {
        using var definition = JsonDocument.Parse(MonitorJson.Write(monitor));
        json.WriteStartObject();
        foreach (var property in definition.RootElement.EnumerateObject())
        {
            property.WriteTo(json);
        }
        json.WriteStartObject("status");
        json.WriteString("state", (status?.State ?? (monitor.Paused ? MonitorState.Paused : MonitorState.Pending)).ToString().ToLowerInvariant());
        UptimeJson.Time(json, "since", status?.Since);
        UptimeJson.Time(json, "last_check_at", status?.LastCheckAt);
        UptimeJson.Time(json, "last_ping_at", status?.LastPingAt);
        if (status?.LastCause is { } cause)
        {
            json.WriteString("last_cause", cause);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }
}

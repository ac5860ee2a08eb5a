using System.Text.Encodings.Web;
using System.Text.Json;
using Osprey.Cli.Rendering;
using Osprey.Core.Alerting.Uptime;
using Spectre.Console;

namespace Osprey.Cli.Commands;

/// <summary>Shows monitors as tables, details and JSON.</summary>
internal static class MonitorsView
{
    public static void Table(Terminal terminal, IReadOnlyList<MonitorsEntry> entries)
    {
        if (entries.Count == 0)
        {
            terminal.MarkupLine("[grey]No monitors. Declare them in monitors/*.yaml or run 'osprey monitors create FILE'.[/]");
            return;
        }
        var table = new Table().AddColumns("Name", "Kind", "State", "Since", "Target");
        foreach (var entry in entries)
        {
            table.AddRow(DisplayText.Escape(entry.Definition.Name), entry.Definition.Kind.ToString().ToLowerInvariant(), StateMarkup(entry.State),
                entry.Status?.Since is { } since ? DisplayText.Time(since) : DisplayText.Missing, DisplayText.Escape(Target(entry.Definition)));
        }
        terminal.Write(table);
    }

    public static void Details(Terminal terminal, MonitorsEntry entry, IReadOnlyList<Incident> incidents, Uri? server)
    {
        var d = entry.Definition;
        terminal.MarkupLine($"[bold]{DisplayText.Escape(d.Name)}[/] ({d.Kind.ToString().ToLowerInvariant()}) {StateMarkup(entry.State)}");
        terminal.Line($"  target:   {Target(d)}");
        if (d.Heartbeat is { } beat)
        {
            terminal.Line($"  ping URL: {PingUrl(server, beat.Token)}");
        }
        if (entry.Status?.LastCause is { } cause)
        {
            terminal.Line($"  last failure: {cause}");
        }
        terminal.Line(incidents.Count == 0 ? "  no incidents" : "  incidents:");
        foreach (var incident in incidents)
        {
            var end = incident.End is { } e ? DisplayText.Time(e) : "ongoing";
            terminal.Line($"    {DisplayText.Time(incident.Start)} → {end}: {incident.Cause}");
        }
    }

    public static void Json(Terminal terminal, IEnumerable<MonitorsEntry> entries)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var entry in entries)
            {
                using var definition = JsonDocument.Parse(MonitorJson.Write(entry.Definition));
                json.WriteStartObject();
                foreach (var property in definition.RootElement.EnumerateObject())
                {
                    property.WriteTo(json);
                }
                json.WriteString("state", entry.State.ToString().ToLowerInvariant());
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        terminal.Line(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    public static string PingUrl(Uri? server, string token) => $"{(server?.ToString() ?? "http://127.0.0.1:5000/").TrimEnd('/')}/api/heartbeat/{token}";

    private static string Target(MonitorDefinition d) => d switch
    {
        { Http: { } http } => $"{http.Method} {http.Url}",
        { Tcp: { } tcp } => $"{tcp.Host}:{tcp.Port}",
        { Heartbeat: { } beat } => $"every {Core.Pipelines.DurationText.Format(beat.Period)} + {Core.Pipelines.DurationText.Format(beat.Grace)} grace",
        { Rule: { } rule } => rule.Expression,
        _ => DisplayText.Missing,
    };

    private static string StateMarkup(MonitorState state) => state switch
    {
        MonitorState.Up => "[green]up[/]",
        MonitorState.Down => "[red]down[/]",
        _ => $"[grey]{state.ToString().ToLowerInvariant()}[/]",
    };
}

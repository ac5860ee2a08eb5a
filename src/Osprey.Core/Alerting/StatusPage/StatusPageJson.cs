using System.Globalization;
using System.Text.Json;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Core.Alerting.StatusPage;

/// <summary>Writes the status page as JSON (<c>/status.json</c>): the same facts as the HTML page, and nothing more.</summary>
public static class StatusPageJson
{
    /// <summary>Writes <paramref name="view"/> into <paramref name="json"/>.</summary>
    public static void Write(Utf8JsonWriter json, StatusPageView view)
    {
        json.WriteStartObject();
        json.WriteString("title", view.Title);
        json.WriteString("status", view.AllUp ? "operational" : "degraded");
        json.WriteString("generated_at", Time(view.GeneratedAt));
        json.WriteStartArray("monitors");
        foreach (var item in view.Items)
        {
            json.WriteStartObject();
            json.WriteString("name", item.Name);
            json.WriteString("kind", item.Kind.ToString().ToLowerInvariant());
            json.WriteString("state", item.State.ToString().ToLowerInvariant());
            Optional(json, "since", item.Since);
            if (item.UptimePercent is { } percent)
            {
                json.WriteNumber("uptime_percent", Math.Round(percent, 3));
            }
            json.WriteStartArray("days");
            foreach (var day in item.Days)
            {
                json.WriteStartObject();
                json.WriteString("date", DateTimeOffset.FromUnixTimeMilliseconds(day.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                if (day.Uptime is { } u)
                {
                    json.WriteNumber("uptime", Math.Round(u, 5));
                }
                else
                {
                    json.WriteNull("uptime");
                }
                json.WriteNumber("incidents", day.Incidents);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("incidents");
        foreach (var incident in view.Incidents)
        {
            json.WriteStartObject();
            json.WriteString("monitor", incident.Monitor);
            json.WriteString("started_at", Time(incident.Start));
            Optional(json, "ended_at", incident.End);
            json.WriteString("cause", incident.Cause);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, long? unixMs)
    {
        if (unixMs is { } at)
        {
            json.WriteString(name, Time(at));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Time(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

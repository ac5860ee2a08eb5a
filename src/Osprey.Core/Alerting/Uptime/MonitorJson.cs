using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Osprey.Core.Pipelines;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Writes a definition in the monitor file format as JSON (what the store keeps and the API returns); <see cref="Read"/> loads it back through <see cref="MonitorYamlLoader"/>.</summary>
public static class MonitorJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the definition as a JSON object with the same fields a monitor file uses.</summary>
    public static string Write(MonitorDefinition monitor)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            WriteTo(json, monitor);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the definition as a JSON object into <paramref name="json"/>.</summary>
    public static void WriteTo(Utf8JsonWriter json, MonitorDefinition monitor)
    {
        json.WriteStartObject();
        json.WriteString("kind", monitor.Kind.ToString().ToLowerInvariant());
        json.WriteString("name", monitor.Name);
        if (monitor.Kind is not MonitorKind.Heartbeat)
        {
            json.WriteString("interval", DurationText.Format(monitor.Interval));
        }
        json.WriteString("confirmation_period", DurationText.Format(monitor.ConfirmationPeriod));
        json.WriteString("recovery_period", DurationText.Format(monitor.RecoveryPeriod));
        json.WriteString("priority", monitor.Priority.ToString());
        Strings(json, "tags", monitor.Tags);
        json.WriteBoolean("paused", monitor.Paused);
        json.WriteBoolean("status_page", monitor.OnStatusPage);
        json.WriteStartArray("maintenance");
        foreach (var window in monitor.Maintenance)
        {
            json.WriteStartObject();
            json.WriteString("from", Time(window.From));
            json.WriteString("to", Time(window.To));
            if (window.Reason is not null)
            {
                json.WriteString("reason", window.Reason);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        WriteKind(json, monitor);
        json.WriteEndObject();
    }

    /// <summary>Reads a definition written by <see cref="Write"/>; throws <see cref="ErrorCode.InvalidState"/> when it no longer loads.</summary>
    public static MonitorDefinition Read(string json)
    {
        var result = MonitorYamlLoader.Load("stored definition", json);
        return result.Succeeded && result.Monitors.Count == 1
            ? result.Monitors[0]
            : throw new OspreyException(ErrorCode.InvalidState, $"A stored monitor definition no longer loads: {string.Join("; ", result.Errors)}");
    }

    private static void WriteKind(Utf8JsonWriter json, MonitorDefinition monitor)
    {
        if (monitor.Http is { } http)
        {
            json.WriteString("url", http.Url.ToString());
            json.WriteString("method", http.Method);
            Map(json, "headers", http.Headers);
            Optional(json, "body", http.Body);
            json.WriteString("timeout", DurationText.Format(http.Timeout));
            json.WriteStartArray("expected_status");
            foreach (var code in http.ExpectedStatus)
            {
                json.WriteStringValue(code.ToString(CultureInfo.InvariantCulture));
            }
            json.WriteEndArray();
            Optional(json, "keyword", http.Keyword);
            Optional(json, "keyword_absent", http.KeywordAbsent);
            Optional(json, "max_response_time", http.MaxResponseTime is { } max ? DurationText.Format(max) : null);
        }
        if (monitor.Tcp is { } tcp)
        {
            json.WriteString("host", tcp.Host);
            json.WriteString("port", tcp.Port.ToString(CultureInfo.InvariantCulture));
            json.WriteString("timeout", DurationText.Format(tcp.Timeout));
        }
        if (monitor.Heartbeat is { } heartbeat)
        {
            json.WriteString("period", DurationText.Format(heartbeat.Period));
            json.WriteString("grace", DurationText.Format(heartbeat.Grace));
            Optional(json, "token", heartbeat.Token.Length == 0 ? null : heartbeat.Token);
        }
        if (monitor.Rule is { } rule)
        {
            json.WriteString("series", rule.Selector.ToString());
            json.WriteString("function", rule.Function.ToString());
            json.WriteString("window", DurationText.Format(rule.Window));
            json.WriteString("op", Rules.ComparisonText.Symbol(rule.Comparison));
            json.WriteString("threshold", rule.Threshold.ToString("R", CultureInfo.InvariantCulture));
            json.WriteString("for", DurationText.Format(rule.For));
            Map(json, "labels", rule.Labels);
            Map(json, "annotations", rule.Annotations);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void Map(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> values)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in values)
        {
            json.WriteString(key, value);
        }
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Time(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

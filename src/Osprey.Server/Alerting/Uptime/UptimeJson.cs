using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Osprey.Server.Alerting.Uptime;

/// <summary>Writes the uptime API's JSON answers straight into the response with <see cref="Utf8JsonWriter"/>.</summary>
internal static class UptimeJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a JSON answer with <paramref name="status"/>.</summary>
    public static async Task WriteAsync(HttpContext http, Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.Body, Options);
        write(json);
        await json.FlushAsync(http.RequestAborted);
    }

    /// <summary>Writes an optional Unix-millisecond time as an ISO 8601 string, or null.</summary>
    public static void Time(Utf8JsonWriter json, string name, long? unixMs)
    {
        if (unixMs is { } at)
        {
            json.WriteString(name, DateTimeOffset.FromUnixTimeMilliseconds(at).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Osprey.Core.Serving;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Streams a batch answer: <c>{"request_id", "model", "version", "count", "classes"?, "predictions", "probabilities"?, "latency_ms"}</c>.</summary>
internal static class BatchJson
{
    private const int FlushBytes = 64 * 1024;

    /// <summary>Writes the answer in chunks straight to the response.</summary>
    /// <param name="decided">Each row's predicted class index (-1 for regression).</param>
    public static async Task WriteAsync(HttpContext http, ServedRequestId id, ServedVersion version, double[] outputs, int[] decided, double latencyMs)
    {
        http.Response.StatusCode = 200;
        http.Response.ContentType = ServingResponses.JsonContentType;
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter, new JsonWriterOptions { SkipValidation = true });
        json.WriteStartObject();
        id.Write(json, PredictionJson.RequestId);
        json.WriteString(PredictionJson.Model, version.ModelName);
        json.WriteNumber(PredictionJson.Version, version.Version);
        json.WriteNumber("count", decided.Length);
        var classified = version.Classes.Count > 0;
        if (classified)
        {
            json.WriteStartArray("classes");
            foreach (var name in version.Classes)
            {
                json.WriteStringValue(name);
            }
            json.WriteEndArray();
        }
        json.WriteStartArray("predictions");
        var width = version.OutputCount;
        for (var r = 0; r < decided.Length; r++)
        {
            if (classified)
            {
                json.WriteStringValue(version.Classes[decided[r]]);
            }
            else
            {
                PredictionJson.Number(json, outputs[r * width]);
            }
            await FlushIfFullAsync(json, http);
        }
        json.WriteEndArray();
        if (classified)
        {
            json.WriteStartArray("probabilities");
            for (var r = 0; r < decided.Length; r++)
            {
                json.WriteStartArray();
                var row = outputs.AsSpan(r * width, width);
                for (var k = 0; k < version.Classes.Count; k++)
                {
                    PredictionJson.Number(json, version.Probability(row, k));
                }
                json.WriteEndArray();
                await FlushIfFullAsync(json, http);
            }
            json.WriteEndArray();
        }
        json.WriteNumber(PredictionJson.LatencyMs, latencyMs);
        json.WriteEndObject();
        await json.FlushAsync(http.RequestAborted);
    }

    private static async ValueTask FlushIfFullAsync(Utf8JsonWriter json, HttpContext http)
    {
        if (json.BytesPending >= FlushBytes)
        {
            json.Flush();
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
        }
    }
}

using System.Text.Json;
using Osprey.Core.Serving;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Writes the answer of <c>POST /predict</c>: request id, model, version, prediction, class probabilities and latency.</summary>
internal static class PredictionJson
{
    public static readonly JsonEncodedText RequestId = JsonEncodedText.Encode("request_id");
    public static readonly JsonEncodedText Model = JsonEncodedText.Encode("model");
    public static readonly JsonEncodedText Version = JsonEncodedText.Encode("version");
    public static readonly JsonEncodedText Prediction = JsonEncodedText.Encode("prediction");
    public static readonly JsonEncodedText Probabilities = JsonEncodedText.Encode("probabilities");
    public static readonly JsonEncodedText LatencyMs = JsonEncodedText.Encode("latency_ms");

    /// <summary>Writes the whole answer object.</summary>
    public static void Write(Utf8JsonWriter json, ServedRequestId id, ServedVersion version, ReadOnlySpan<double> outputs, int decided, double latencyMs)
    {
        json.WriteStartObject();
        id.Write(json, RequestId);
        json.WriteString(Model, version.ModelName);
        json.WriteNumber(Version, version.Version);
        if (decided >= 0)
        {
            json.WriteString(Prediction, version.Classes[decided]);
            json.WriteStartObject(Probabilities);
            for (var k = 0; k < version.Classes.Count; k++)
            {
                json.WritePropertyName(version.Classes[k]);
                Number(json, version.Probability(outputs, k));
            }
            json.WriteEndObject();
        }
        else
        {
            json.WritePropertyName(Prediction);
            Number(json, outputs[0]);
        }
        json.WriteNumber(LatencyMs, latencyMs);
        json.WriteEndObject();
        json.Flush();
    }

    /// <summary>Writes a number, or null for NaN and infinities, which JSON cannot hold.</summary>
    public static void Number(Utf8JsonWriter json, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}

using System.Buffers;
using System.Text.Json;
using Osprey.Core.Serving.Requests;

namespace Osprey.Serving.Protocol;

/// <summary>Parses <c>{"features": {...} | [...], "key"?, "model"?, "id"?}</c>, the body of <c>POST /predict</c>, into a scratch without allocating.</summary>
internal static class PredictRequestParser
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    /// <summary>Parses a body; returns the first problem (naming the field) or null.</summary>
    public static FieldProblem? Parse(in ReadOnlySequence<byte> body, PredictScratch scratch)
    {
        try
        {
            var reader = new Utf8JsonReader(body, Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Body("The body must be a JSON object such as {\"features\": {\"tenure\": 12}}.");
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (ReadProperty(ref reader, scratch) is { } problem)
                {
                    return problem;
                }
            }
            return scratch.FeaturesStart < 0
                ? new FieldProblem("features", "missing_field", "The body has no 'features': send {\"features\": {\"name\": value, ...}} or {\"features\": [values in schema order]}.")
                : null;
        }
        catch (JsonException error)
        {
            return Body($"The body is not valid JSON: {error.Message}");
        }
    }

    private static FieldProblem? ReadProperty(ref Utf8JsonReader reader, PredictScratch scratch)
    {
        if (reader.ValueTextEquals("features"u8))
        {
            reader.Read();
            scratch.FeaturesStart = reader.TokenStartIndex;
            var problem = RowJsonReader.Read(ref reader, scratch.Row, "features");
            scratch.FeaturesEnd = reader.BytesConsumed;
            return problem;
        }
        if (reader.ValueTextEquals("key"u8))
        {
            reader.Read();
            return ReadText(ref reader, "key", scratch, isKey: true);
        }
        if (reader.ValueTextEquals("model"u8))
        {
            reader.Read();
            return ReadText(ref reader, "model", scratch, isKey: false);
        }
        if (reader.ValueTextEquals("id"u8))
        {
            reader.Read();
            scratch.ClientId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return scratch.ClientId is { Length: > 0 and <= 128 } ? null
                : new FieldProblem("id", "wrong_type", "'id' must be text of 1 to 128 characters.");
        }
        var name = reader.GetString();
        return new FieldProblem(name ?? "", "unknown_field", $"The body has an unknown field '{name}'; expected features, and optionally key, model and id.");
    }

    private static FieldProblem? ReadText(ref Utf8JsonReader reader, string field, PredictScratch scratch, bool isKey)
    {
        if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.Number))
        {
            return new FieldProblem(field, "wrong_type", $"'{field}' must be text or a number.");
        }
        var most = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var target = isKey ? scratch.KeyBuffer(most) : scratch.ModelBuffer(most);
        int length;
        if (reader.TokenType == JsonTokenType.Number)
        {
            // Numbers are plain ASCII in JSON, so each byte is one character.
            var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
            for (var i = 0; i < raw.Length; i++)
            {
                target[i] = (char)raw[i];
            }
            length = raw.Length;
        }
        else
        {
            length = reader.CopyString(target);
        }
        if (isKey)
        {
            scratch.SetKeyLength(length);
        }
        else
        {
            scratch.SetModelLength(length);
        }
        return null;
    }

    private static FieldProblem Body(string message) => new("body", "malformed", message);
}

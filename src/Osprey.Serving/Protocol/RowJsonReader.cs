using System.Text.Json;
using Osprey.Core.Serving.Requests;

namespace Osprey.Serving.Protocol;

/// <summary>Reads one request row, a JSON object of named features or an array in schema order, into a <see cref="RawRow"/> without allocating.</summary>
internal static class RowJsonReader
{
    /// <summary>Reads the row whose first token (an object or array start) the reader is on, leaving it on the row's last token; returns a problem or null.</summary>
    public static FieldProblem? Read(ref Utf8JsonReader reader, RawRow row, string field)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameStart = CopyString(ref reader, row, out var nameLength);
                reader.Read();
                if (ReadValue(ref reader, row, nameStart, nameLength) is { } problem)
                {
                    return problem;
                }
            }
            return null;
        }
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (ReadValue(ref reader, row, 0, -1) is { } problem)
                {
                    return problem;
                }
            }
            return null;
        }
        return new FieldProblem(field, "wrong_type", $"'{field}' must be an object of feature names to values, or an array of values in the model's feature order.");
    }

    private static FieldProblem? ReadValue(ref Utf8JsonReader reader, RawRow row, int nameStart, int nameLength)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                row.Add(new RawField(nameStart, nameLength, RawValueKind.Null, double.NaN, 0, 0));
                return null;
            case JsonTokenType.True or JsonTokenType.False:
                row.Add(new RawField(nameStart, nameLength, reader.TokenType == JsonTokenType.True ? RawValueKind.True : RawValueKind.False, double.NaN, 0, 0));
                return null;
            case JsonTokenType.String:
                var textStart = CopyString(ref reader, row, out var textLength);
                row.Add(new RawField(nameStart, nameLength, RawValueKind.Text, double.NaN, textStart, textLength));
                return null;
            case JsonTokenType.Number:
                var digits = CopyNumber(ref reader, row, out var digitCount);
                if (!reader.TryGetDouble(out var number) || !double.IsFinite(number))
                {
                    var name = FieldName(row, nameStart, nameLength);
                    return new FieldProblem(name, "wrong_type", $"The feature '{name}' is {row.Text.Slice(digits, digitCount).ToString()}, which is not a finite number.");
                }
                row.Add(new RawField(nameStart, nameLength, RawValueKind.Number, number, digits, digitCount));
                return null;
            default:
                var field = FieldName(row, nameStart, nameLength);
                return new FieldProblem(field, "wrong_type", $"The feature '{field}' must be a number, text, true/false or null, not {(reader.TokenType == JsonTokenType.StartObject ? "an object" : "an array")}.");
        }
    }

    private static string FieldName(RawRow row, int nameStart, int nameLength) =>
        nameLength < 0 ? $"features[{row.Count}]" : row.Text.Slice(nameStart, nameLength).ToString();

    private static int CopyString(ref Utf8JsonReader reader, RawRow row, out int length)
    {
        var most = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        length = reader.CopyString(row.Reserve(most));
        return row.Commit(length);
    }

    private static int CopyNumber(ref Utf8JsonReader reader, RawRow row, out int length)
    {
        // Numbers are plain ASCII in JSON, so each byte is one character.
        if (reader.HasValueSequence)
        {
            length = checked((int)reader.ValueSequence.Length);
            var target = row.Reserve(length);
            var i = 0;
            foreach (var segment in reader.ValueSequence)
            {
                foreach (var b in segment.Span)
                {
                    target[i++] = (char)b;
                }
            }
            return row.Commit(length);
        }
        var span = reader.ValueSpan;
        length = span.Length;
        var chars = row.Reserve(length);
        for (var i = 0; i < span.Length; i++)
        {
            chars[i] = (char)span[i];
        }
        return row.Commit(length);
    }
}

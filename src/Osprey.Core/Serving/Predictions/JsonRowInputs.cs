using System.Text.Json;

namespace Osprey.Core.Serving.Predictions;

/// <summary>Request rows kept as their JSON text: objects by name, or arrays in the model's feature order (named when written).</summary>
/// <param name="json">The bytes the row ranges point into (a copy of the request body or of one row).</param>
/// <param name="rows">Each row's start and length within <paramref name="json"/>, or null for one row that is all of it.</param>
/// <param name="names">The model's feature names, for rows sent as arrays.</param>
public sealed class JsonRowInputs(ReadOnlyMemory<byte> json, (int Start, int Length)[]? rows, IReadOnlyList<string> names) : PredictionInputs
{
    /// <summary>Keeps one row that is the whole of <paramref name="json"/>.</summary>
    public static JsonRowInputs Single(byte[] json, IReadOnlyList<string> names) => new(json, null, names);

    /// <inheritdoc/>
    public override int RowCount => rows?.Length ?? 1;

    /// <inheritdoc/>
    public override void WriteRow(int row, Utf8JsonWriter output)
    {
        var (start, length) = rows?[row] ?? (0, json.Length);
        Write(json.Span.Slice(start, length), names, output);
    }

    /// <summary>Writes one row's JSON text (an object, or an array in feature order) as an object keyed by feature name.</summary>
    internal static void Write(ReadOnlySpan<byte> text, IReadOnlyList<string> names, Utf8JsonWriter output)
    {
        if (text.Length > 0 && text[0] == (byte)'{')
        {
            output.WriteRawValue(text, skipInputValidation: true);
            return;
        }
        var reader = new Utf8JsonReader(text);
        reader.Read();
        output.WriteStartObject();
        var position = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            output.WritePropertyName(position < names.Count ? names[position] : $"_{position}");
            var valueStart = (int)reader.TokenStartIndex;
            reader.Skip();
            output.WriteRawValue(text[valueStart..(int)reader.BytesConsumed], skipInputValidation: true);
            position++;
        }
        output.WriteEndObject();
    }
}

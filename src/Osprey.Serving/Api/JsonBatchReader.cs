using System.Buffers;
using System.Text.Json;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Requests;

namespace Osprey.Serving.Api;

/// <summary>Reads <c>{"rows": [row, ...]}</c> (or KServe's <c>instances</c> / <c>inputs</c>): one pass finds the rows, then they are validated and encoded for one version in parallel blocks.</summary>
internal static class JsonBatchReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads a batch body; returns the first problem (naming the row and field) or null with the encoded batch.</summary>
    /// <param name="keepInputs">Whether to keep a copy of the rows for the prediction log.</param>
    public static FieldProblem? Read(in ReadOnlySequence<byte> body, ServedVersion version, int maxRows, bool keepInputs, out EncodedBatch? batch)
    {
        batch = null;
        var ranges = new List<(int Start, int Length)>();
        string? clientId = null;
        try
        {
            if (Locate(body, maxRows, ranges, ref clientId) is { } problem)
            {
                return problem;
            }
        }
        catch (JsonException error)
        {
            return Malformed($"The body is not valid JSON: {error.Message}");
        }
        var width = version.FeatureCount;
        var rows = ranges.Count;
        var features = ArrayPool<float>.Shared.Rent(Math.Max(1, rows * width));
        var copy = body.IsSingleSegment ? null : ArrayPool<byte>.Shared.Rent(checked((int)body.Length));
        try
        {
            if (copy is not null)
            {
                body.CopyTo(copy);
            }
            ReadOnlyMemory<byte> text = copy ?? body.First;
            if (JsonRowBlocks.Encode(text, ranges, version, features) is { } problem)
            {
                return problem;
            }
            var matrix = EncodedBatch.Transpose(version.Model.Encoder.Features, features.AsSpan(0, rows * width), rows);
            var inputs = keepInputs ? new JsonRowInputs(body.ToArray(), ranges.ToArray(), version.FeatureNames) : null;
            batch = new EncodedBatch(matrix, inputs, clientId);
            return null;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(features);
            if (copy is not null)
            {
                ArrayPool<byte>.Shared.Return(copy);
            }
        }
    }

    // The sequential pass: finds where each row starts and ends (the reader validates the JSON as it skips) and reads the id.
    private static FieldProblem? Locate(in ReadOnlySequence<byte> body, int maxRows, List<(int Start, int Length)> ranges, ref string? clientId)
    {
        var reader = new Utf8JsonReader(body, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Malformed("The body must be a JSON object such as {\"rows\": [{\"tenure\": 12}, ...]}.");
        }
        var found = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("rows"u8) || reader.ValueTextEquals("instances"u8) || reader.ValueTextEquals("inputs"u8))
            {
                var field = reader.GetString()!;
                reader.Read();
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return new FieldProblem(field, "wrong_type", $"'{field}' must be an array of rows.");
                }
                found = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (ranges.Count == maxRows)
                    {
                        return new FieldProblem(field, "too_many_rows", $"A batch holds at most {maxRows} rows; split it into several calls.");
                    }
                    // A row that is not an object or array is recorded too: the encoding pass names it in document order.
                    var start = reader.TokenStartIndex;
                    reader.Skip();
                    ranges.Add(((int)start, (int)(reader.BytesConsumed - start)));
                }
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                clientId = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }
            else
            {
                // key, model and KServe's parameters are read elsewhere or not needed here.
                reader.Read();
                reader.Skip();
            }
        }
        return found ? null : new FieldProblem("rows", "missing_field", "The body has no 'rows': send {\"rows\": [{\"name\": value, ...}, ...]} or rows as arrays in schema order.");
    }

    private static FieldProblem Malformed(string message) => new("body", "malformed", message);
}

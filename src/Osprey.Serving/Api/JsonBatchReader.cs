using System.Buffers;
using System.Text.Json;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Requests;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Reads <c>{"rows": [row, ...]}</c> (or KServe's <c>instances</c> / <c>inputs</c>), validating and encoding each row for one version as it goes.</summary>
internal static class JsonBatchReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads a batch body; returns the first problem (naming the row and field) or null with the encoded batch.</summary>
    /// <param name="keepInputs">Whether to keep a copy of the rows for the prediction log.</param>
    public static FieldProblem? Read(in ReadOnlySequence<byte> body, ServedVersion version, int maxRows, bool keepInputs, out EncodedBatch? batch)
    {
        batch = null;
        var width = version.FeatureCount;
        var features = ArrayPool<float>.Shared.Rent(Math.Max(width, 1) * 256);
        var ranges = keepInputs ? new List<(int, int)>() : null;
        var row = new RawRow();
        string? clientId = null;
        var rows = -1;
        try
        {
            var reader = new Utf8JsonReader(body, Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Malformed("The body must be a JSON object such as {\"rows\": [{\"tenure\": 12}, ...]}.");
            }
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
                    rows = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (rows == maxRows)
                        {
                            return new FieldProblem(field, "too_many_rows", $"A batch holds at most {maxRows} rows; split it into several calls.");
                        }
                        var start = reader.TokenStartIndex;
                        row.Clear();
                        if (RowJsonReader.Read(ref reader, row, "row") is { } rowProblem)
                        {
                            return rowProblem.InRow(rows);
                        }
                        Grow(ref features, (rows + 1) * width);
                        if (version.Encoder.Encode(row, features.AsSpan(rows * width, width)) is { } problem)
                        {
                            return problem.InRow(rows);
                        }
                        ranges?.Add(((int)start, (int)(reader.BytesConsumed - start)));
                        rows++;
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
            if (rows < 0)
            {
                return new FieldProblem("rows", "missing_field", "The body has no 'rows': send {\"rows\": [{\"name\": value, ...}, ...]} or rows as arrays in schema order.");
            }
            var matrix = EncodedBatch.Transpose(version.Model.Encoder.Features, features.AsSpan(0, rows * width), rows);
            var inputs = ranges is null ? null : new JsonRowInputs(body.ToArray(), ranges.ToArray(), version.FeatureNames);
            batch = new EncodedBatch(matrix, inputs, clientId);
            return null;
        }
        catch (JsonException error)
        {
            return Malformed($"The body is not valid JSON: {error.Message}");
        }
        finally
        {
            ArrayPool<float>.Shared.Return(features);
        }
    }

    private static void Grow(ref float[] features, int needed)
    {
        if (features.Length >= needed)
        {
            return;
        }
        var larger = ArrayPool<float>.Shared.Rent(Math.Max(needed, features.Length * 2));
        features.AsSpan().CopyTo(larger);
        ArrayPool<float>.Shared.Return(features);
        features = larger;
    }

    private static FieldProblem Malformed(string message) => new("body", "malformed", message);
}

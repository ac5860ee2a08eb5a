using System.Text.Json;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Requests;
using Osprey.Serving.Protocol;

namespace Osprey.Serving.Api;

/// <summary>Validates and encodes the rows of a JSON batch, whose places in the body are known, in parallel blocks: each block has its own row buffer and reader.</summary>
internal static class JsonRowBlocks
{
    /// <summary>Rows per block: enough to spread the per-block start-up, few enough to keep both cores busy on a 1,000-row call.</summary>
    private const int BlockRows = 128;

    private static readonly JsonReaderOptions Options = new() { MaxDepth = 16 };

    /// <summary>Encodes every row into <paramref name="features"/> (row-major); returns the problem of the first bad row (naming it), or null.</summary>
    public static FieldProblem? Encode(ReadOnlyMemory<byte> body, IReadOnlyList<(int Start, int Length)> rows, ServedVersion version, float[] features)
    {
        var blocks = (rows.Count + BlockRows - 1) / BlockRows;
        var problems = new (int Row, FieldProblem Problem)?[blocks];
        if (blocks <= 1)
        {
            problems[0] = blocks == 0 ? null : EncodeBlock(body.Span, rows, 0, version, features);
        }
        else
        {
            Parallel.For(0, blocks, block => problems[block] = EncodeBlock(body.Span, rows, block, version, features));
        }
        foreach (var found in problems)
        {
            if (found is { } first)
            {
                return first.Problem.InRow(first.Row);
            }
        }
        return null;
    }

    private static (int, FieldProblem)? EncodeBlock(ReadOnlySpan<byte> body, IReadOnlyList<(int Start, int Length)> rows, int block, ServedVersion version, float[] features)
    {
        var width = version.FeatureCount;
        var row = new RawRow();
        var end = Math.Min(rows.Count, (block + 1) * BlockRows);
        for (var r = block * BlockRows; r < end; r++)
        {
            var (start, length) = rows[r];
            row.Clear();
            FieldProblem? problem;
            try
            {
                var reader = new Utf8JsonReader(body.Slice(start, length), Options);
                reader.Read();
                problem = RowJsonReader.Read(ref reader, row, "row") ?? version.Encoder.Encode(row, features.AsSpan(r * width, width));
            }
            catch (Exception error) when (error is JsonException or InvalidOperationException)
            {
                // The locating pass validated the JSON; what is left is text the reader cannot turn into characters.
                problem = new FieldProblem("row", "malformed", $"The row is not valid JSON: {error.Message}");
            }
            if (problem is not null)
            {
                return (r, problem);
            }
        }
        return null;
    }
}

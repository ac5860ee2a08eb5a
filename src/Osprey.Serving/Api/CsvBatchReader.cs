using Osprey.Core;
using Osprey.Core.Data;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Requests;

namespace Osprey.Serving.Api;

/// <summary>Reads an uploaded CSV (with a header) with the model's own column kinds and encodes it as the model file's preprocessing does.</summary>
/// <remarks>Columns the model does not read (ids, the target) are ignored; a column it reads that is absent is a 400 naming it.</remarks>
internal static class CsvBatchReader
{
    private static readonly char[] Delimiters = [',', ';', '\t', '|'];

    public static FieldProblem? Read(byte[] csv, ServedVersion version, int maxRows, bool keepInputs, out EncodedBatch? batch)
    {
        batch = null;
        var columns = version.Model.Encoder.Columns;
        var header = HeaderNames(csv);
        if (columns.FirstOrDefault(c => !header.Contains(c.Name)) is { } absent)
        {
            return new FieldProblem(absent.Name, "missing_feature",
                $"The CSV has no column '{absent.Name}', which the model reads; it needs {string.Join(", ", columns.Select(c => c.Name))}.");
        }
        var options = new CsvOptions
        {
            MissingTokens = version.Model.Encoder.MissingTokens,
            ColumnKinds = columns.ToDictionary(c => c.Name, c => c.Kind, StringComparer.Ordinal),
        };
        Table table;
        try
        {
            table = CsvTableReader.Parse(csv, "the uploaded CSV", options);
        }
        catch (OspreyException error)
        {
            return new FieldProblem("body", "malformed", error.Message);
        }
        if (table.RowCount > maxRows)
        {
            return new FieldProblem("body", "too_many_rows", $"A batch holds at most {maxRows} rows but the CSV has {table.RowCount}; split it.");
        }
        var matrix = version.Model.Encoder.Transform(table, out var unseen);
        if (Check(version, table, matrix, unseen) is { } problem)
        {
            return problem;
        }
        batch = new EncodedBatch(matrix, keepInputs ? new TableInputs(table, version.FeatureNames) : null, null);
        return null;
    }

    private static FieldProblem? Check(ServedVersion version, Table table, Core.Learning.FeatureMatrix matrix, int[] unseen)
    {
        var policy = version.Encoder.Policy;
        var columns = version.Model.Encoder.Columns;
        for (var f = 0; f < columns.Count; f++)
        {
            if (policy.RejectUnseenCategories && unseen[f] > 0)
            {
                return new FieldProblem(columns[f].Name, "unseen_category",
                    $"The column '{columns[f].Name}' has {unseen[f]} rows with categories the model never saw, and this server rejects unseen categories.");
            }
            if (policy.RejectMissing && FirstMissing(matrix.Column(f)) is var row and >= 0)
            {
                return new FieldProblem(columns[f].Name, "missing_value",
                    $"Row {row} of the CSV has no value for '{columns[f].Name}' (given: '{table[columns[f].Name].Format(row)}'), and this server does not accept missing values.");
            }
        }
        return null;
    }

    // The header's names, split on the most frequent of the usual delimiters, so kinds are forced only for columns present.
    private static HashSet<string> HeaderNames(byte[] csv)
    {
        var text = System.Text.Encoding.UTF8.GetString(csv, 0, Math.Min(csv.Length, 64 * 1024));
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        var line = (end < 0 ? text : text[..end]).TrimEnd('\r').TrimStart('\uFEFF');
        var delimiter = Delimiters.MaxBy(d => line.Count(c => c == d));
        return line.Split(delimiter).Select(n => n.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
    }

    private static int FirstMissing(ReadOnlySpan<float> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (float.IsNaN(values[i]))
            {
                return i;
            }
        }
        return -1;
    }
}

using System.Globalization;
using Osprey.Core.Data;
using Osprey.Core.Learning;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Requests;

namespace Osprey.Serving.Api;

/// <summary>Turns a batch encoded for the served version into the shadow's features: as is when both read the same inputs, else re-encoded from the decoded values.</summary>
internal static class ShadowInputs
{
    /// <summary>Returns the shadow's feature matrix, or null when a row cannot be read by the shadow (a feature it needs is not among the served version's).</summary>
    public static FeatureMatrix? For(ServedVersion served, ServedVersion shadow, FeatureMatrix matrix)
    {
        if (SameInputs(served.Encoder.Columns, shadow.Encoder.Columns))
        {
            return matrix;
        }
        var width = shadow.FeatureCount;
        var features = new float[matrix.RowCount * width];
        var row = new RawRow();
        for (var r = 0; r < matrix.RowCount; r++)
        {
            Decode(served.Encoder.Columns, matrix, r, row);
            if (shadow.Encoder.Encode(row, features.AsSpan(r * width, width)) is not null)
            {
                return null;
            }
        }
        return EncodedBatch.Transpose(shadow.Model.Encoder.Features, features, matrix.RowCount);
    }

    private static bool SameInputs(IReadOnlyList<Core.Learning.Preprocessing.InputColumn> a, IReadOnlyList<Core.Learning.Preprocessing.InputColumn> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Name != b[i].Name || a[i].Kind != b[i].Kind || !(a[i].Categories ?? []).SequenceEqual(b[i].Categories ?? []))
            {
                return false;
            }
        }
        return true;
    }

    // Writes a row back as named values, the way a client would have sent it: category names, true/false, numbers, null for missing.
    private static void Decode(IReadOnlyList<Core.Learning.Preprocessing.InputColumn> columns, FeatureMatrix matrix, int r, RawRow row)
    {
        row.Clear();
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            var value = matrix.Column(c)[r];
            var name = row.Append(column.Name);
            if (float.IsNaN(value))
            {
                row.Add(new RawField(name, column.Name.Length, RawValueKind.Null, double.NaN, 0, 0));
            }
            else if (column.Kind == ColumnKind.Categorical && column.Categories is { } categories && value >= 0 && value < categories.Count)
            {
                var text = row.Append(categories[(int)value]);
                row.Add(new RawField(name, column.Name.Length, RawValueKind.Text, double.NaN, text, categories[(int)value].Length));
            }
            else if (column.Kind == ColumnKind.Boolean)
            {
                row.Add(new RawField(name, column.Name.Length, value != 0 ? RawValueKind.True : RawValueKind.False, double.NaN, 0, 0));
            }
            else
            {
                var room = row.Reserve(32);
                value.TryFormat(room, out var written, "R", CultureInfo.InvariantCulture);
                row.Add(new RawField(name, column.Name.Length, RawValueKind.Number, value, row.Commit(written), written));
            }
        }
    }
}

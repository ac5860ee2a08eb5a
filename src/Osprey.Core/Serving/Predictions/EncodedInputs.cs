using System.Text.Json;
using Osprey.Core.Data;
using Osprey.Core.Learning.Preprocessing;

namespace Osprey.Core.Serving.Predictions;

/// <summary>Rows kept only as encoded features (tensor requests): categories are written back as their names, booleans as true/false, missing as null.</summary>
/// <param name="features">Row-major features, one per input column.</param>
public sealed class EncodedInputs(float[] features, IReadOnlyList<InputColumn> columns) : PredictionInputs
{
    /// <inheritdoc/>
    public override int RowCount => columns.Count == 0 ? 0 : features.Length / columns.Count;

    /// <inheritdoc/>
    public override void WriteRow(int row, Utf8JsonWriter output)
    {
        output.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = features[row * columns.Count + i];
            if (float.IsNaN(value))
            {
                output.WriteNull(column.Name);
            }
            else if (column.Kind == ColumnKind.Categorical && column.Categories is { } names && value >= 0 && value < names.Count)
            {
                output.WriteString(column.Name, names[(int)value]);
            }
            else if (column.Kind == ColumnKind.Boolean)
            {
                output.WriteBoolean(column.Name, value != 0);
            }
            else
            {
                output.WriteNumber(column.Name, value);
            }
        }
        output.WriteEndObject();
    }
}

using System.Text.Json;
using Osprey.Core.Data;

namespace Osprey.Core.Serving.Predictions;

/// <summary>Rows of an uploaded table (a CSV batch), written with the model's input columns: numbers as numbers, the rest as text, missing as null.</summary>
public sealed class TableInputs(Table table, IReadOnlyList<string> columns) : PredictionInputs
{
    /// <inheritdoc/>
    public override int RowCount => table.RowCount;

    /// <inheritdoc/>
    public override void WriteRow(int row, Utf8JsonWriter output)
    {
        output.WriteStartObject();
        foreach (var name in columns)
        {
            var column = table[name];
            if (column.IsMissing(row))
            {
                output.WriteNull(name);
            }
            else if (column is NumericColumn { Kind: ColumnKind.Numeric or ColumnKind.Integer } numbers && double.IsFinite(numbers.Values[row]))
            {
                output.WriteNumber(name, numbers.Values[row]);
            }
            else
            {
                output.WriteString(name, column.Format(row) ?? "");
            }
        }
        output.WriteEndObject();
    }
}

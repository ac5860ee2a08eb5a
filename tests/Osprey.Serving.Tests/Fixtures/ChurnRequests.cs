using System.Globalization;
using System.Text.Json.Nodes;
using Osprey.Core.Data;
using Osprey.Core.Learning.Models;

namespace Osprey.Serving.Tests.Fixtures;

/// <summary>Builds request bodies from rows of the churn table: named features (numbers as JSON numbers, the rest as text) or positional arrays.</summary>
public static class ChurnRequests
{
    /// <summary>Returns row <paramref name="row"/> as a JSON object of the model's input columns.</summary>
    public static JsonObject Features(TrainedModel model, int row)
    {
        var features = new JsonObject();
        foreach (var column in model.Encoder.Columns)
        {
            features[column.Name] = Value(ChurnModels.Table[column.Name], row);
        }
        return features;
    }

    /// <summary>Returns row <paramref name="row"/> as a JSON array in the model's feature order.</summary>
    public static JsonArray Positional(TrainedModel model, int row) =>
        new(model.Encoder.Columns.Select(c => Value(ChurnModels.Table[c.Name], row)).ToArray());

    /// <summary>Returns <c>{"features": ...}</c> for a row.</summary>
    public static string Body(TrainedModel model, int row, string? key = null)
    {
        var body = new JsonObject { ["features"] = Features(model, row) };
        if (key is not null)
        {
            body["key"] = key;
        }
        return body.ToJsonString();
    }

    private static JsonValue? Value(Column column, int row)
    {
        if (column.IsMissing(row))
        {
            return null;
        }
        if (column is NumericColumn { Kind: ColumnKind.Numeric or ColumnKind.Integer } numbers)
        {
            return JsonValue.Create(numbers.Values[row]);
        }
        return JsonValue.Create(column.Format(row) ?? "");
    }

    /// <summary>Gets the text of a double as the invariant culture writes it.</summary>
    public static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

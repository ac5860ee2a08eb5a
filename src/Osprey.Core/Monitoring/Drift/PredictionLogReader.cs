using System.Globalization;
using System.Text.Json;
using Osprey.Core.Serving.Predictions;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Reads a time window of a served model's prediction log as <see cref="DataChunk"/>s: inputs by feature name, the prediction (the predicted class,
/// else the named or first numeric output) as the prediction column, and the ground truth as the target column when it has arrived.
/// </summary>
public sealed class PredictionLogReader(IPredictionLogStore store, int pageSize = 5000)
{
    /// <summary>Reads predictions of <paramref name="model"/> logged in [from, to) (Unix ms) for the given columns.</summary>
    public async IAsyncEnumerable<DataChunk> ReadAsync(string model, long from, long to, IReadOnlyList<ColumnSchema> columns,
        string? predictionColumn, string? targetColumn, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // A shadow scores the same request row as the version that answered; the window counts each request row once.
        var seen = new HashSet<(string, int)>();
        PredictionLogPosition? after = null;
        while (true)
        {
            var page = await store.ReadAsync(new PredictionLogQuery(model, From: from, To: to, Limit: pageSize, After: after), ct);
            var fresh = page.Where(p => seen.Add((p.Prediction.RequestId, p.Prediction.Row))).ToList();
            if (fresh.Count > 0)
            {
                yield return ToChunk(fresh, columns, predictionColumn, targetColumn);
            }
            if (page.Count < pageSize)
            {
                yield break;
            }
            after = page[^1].Position;
        }
    }

    private static DataChunk ToChunk(List<LoggedPrediction> rows, IReadOnlyList<ColumnSchema> columns, string? predictionColumn, string? targetColumn)
    {
        var numbers = columns.Select(c => c.Type == ColumnType.Numerical ? new double[rows.Count] : null).ToArray();
        var labels = columns.Select(c => c.Type == ColumnType.Categorical ? new string?[rows.Count] : null).ToArray();
        for (var r = 0; r < rows.Count; r++)
        {
            using var inputs = JsonDocument.Parse(rows[r].Prediction.Inputs);
            using var outputs = JsonDocument.Parse(rows[r].Prediction.Outputs);
            for (var c = 0; c < columns.Count; c++)
            {
                var name = columns[c].Name;
                var text = name == predictionColumn ? Prediction(rows[r].Prediction, outputs.RootElement, name)
                    : name == targetColumn ? rows[r].Truth?.Label
                    : inputs.RootElement.TryGetProperty(name, out var value) ? Text(value) : null;
                if (numbers[c] is { } column)
                {
                    column[r] = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
                }
                else
                {
                    labels[c]![r] = string.IsNullOrWhiteSpace(text) ? null : text;
                }
            }
        }
        return new DataChunk(rows.Count, numbers, labels);
    }

    private static string? Prediction(PredictionRecord record, JsonElement outputs, string name)
    {
        if (outputs.ValueKind == JsonValueKind.Object && outputs.TryGetProperty(name, out var named))
        {
            return Text(named);
        }
        if (record.PredictedClass is { } predicted)
        {
            return predicted;
        }
        return outputs.ValueKind == JsonValueKind.Object
            ? outputs.EnumerateObject().Select(p => p.Value).Where(v => v.ValueKind == JsonValueKind.Number).Select(Text).FirstOrDefault()
            : null;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };
}

using System.Text.Json;
using Osprey.Core.Serving.Predictions;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>Reads every logged prediction of a model in a time range, joined with whatever ground truth has arrived, as performance samples.</summary>
public static class PredictionLogSamples
{
    /// <summary>The page size of each read; pages continue from the position of the last row read.</summary>
    internal const int PageSize = 50_000;

    /// <summary>Returns the samples of [from, to) in the log's reading order; a prediction logged in several roles appears once per role.</summary>
    public static async Task<IReadOnlyList<PerformanceSample>> ReadAsync(IPredictionLogStore log, string model, int? version, long from, long to, CancellationToken ct)
    {
        var samples = new List<PerformanceSample>();
        PredictionLogPosition? after = null;
        while (true)
        {
            var page = await log.ReadAsync(new PredictionLogQuery(model, version, from, to, PageSize, After: after), ct);
            foreach (var row in page)
            {
                var p = row.Prediction;
                samples.Add(new PerformanceSample(p.Version, p.Timestamp, p.PredictedClass, Outputs(p.Outputs), row.Truth?.Label));
            }
            if (page.Count < PageSize)
            {
                return samples;
            }
            after = page[^1].Position;
        }
    }

    private static Dictionary<string, double> Outputs(string json)
    {
        var outputs = new Dictionary<string, double>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number)
            {
                outputs[property.Name] = property.Value.GetDouble();
            }
        }
        return outputs;
    }
}

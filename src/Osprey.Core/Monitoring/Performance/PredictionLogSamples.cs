using System.Text.Json;
using Osprey.Core.Serving.Predictions;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>Reads every logged prediction of a model in a time range, joined with whatever ground truth has arrived, as performance samples.</summary>
public static class PredictionLogSamples
{
    /// <summary>The page size of each read; pages continue from the last timestamp read.</summary>
    internal const int PageSize = 50_000;

    /// <summary>Returns the samples of [from, to), oldest first; a prediction logged twice at one time (several roles) appears once per role.</summary>
    public static async Task<IReadOnlyList<PerformanceSample>> ReadAsync(IPredictionLogStore log, string model, int? version, long from, long to, CancellationToken ct)
    {
        var samples = new List<PerformanceSample>();
        // Rows at the page's last timestamp may continue on the next page, which starts at that timestamp again; these keys skip the repeats.
        var seenAtEdge = new HashSet<(string, int, string)>();
        var start = from;
        while (true)
        {
            var page = await log.ReadAsync(new PredictionLogQuery(model, version, start, to, PageSize), ct);
            foreach (var row in page)
            {
                var p = row.Prediction;
                if (p.Timestamp == start && !seenAtEdge.Add((p.RequestId, p.Row, p.Role)))
                {
                    continue;
                }
                samples.Add(new PerformanceSample(p.Version, p.Timestamp, p.PredictedClass, Outputs(p.Outputs), row.Truth?.Label));
            }
            if (page.Count < PageSize)
            {
                return samples;
            }
            var last = page[^1].Prediction.Timestamp;
            if (last == start)
            {
                throw new OspreyException(ErrorCode.LimitExceeded,
                    $"More than {PageSize} predictions of '{model}' share the time {last}; they cannot be read page by page.");
            }
            seenAtEdge.Clear();
            foreach (var row in page.Where(r => r.Prediction.Timestamp == last))
            {
                seenAtEdge.Add((row.Prediction.RequestId, row.Prediction.Row, row.Prediction.Role));
            }
            start = last;
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

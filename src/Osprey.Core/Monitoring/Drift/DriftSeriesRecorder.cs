using System.Globalization;
using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>Records a drift result as time-series samples: <c>feature_drift_score</c> per column, <c>dataset_drift_share</c>, and <c>prediction_distribution</c> per bin when a prediction column is mapped.</summary>
public static class DriftSeriesRecorder
{
    /// <summary>The per-column score series (the test's statistic).</summary>
    public const string FeatureScore = "feature_drift_score";

    /// <summary>The share of drifted columns.</summary>
    public const string DatasetShare = "dataset_drift_share";

    /// <summary>The current share of each prediction bin.</summary>
    public const string PredictionDistribution = "prediction_distribution";

    /// <summary>Returns the samples of a result at <paramref name="timestamp"/> (Unix ms), labelled with <paramref name="subject"/> (model or data set name).</summary>
    public static IReadOnlyList<SeriesPoint> Points(DriftResult result, string subject, long timestamp)
    {
        var points = new List<SeriesPoint>();
        foreach (var column in result.Columns.Where(c => c.Tested && double.IsFinite(c.Statistic)))
        {
            points.Add(new SeriesPoint(FeatureScore, new Dictionary<string, string>
            {
                ["model"] = subject, ["column"] = column.Column, ["test"] = DriftTests.Name(column.Test),
            }, timestamp, column.Statistic));
        }
        points.Add(new SeriesPoint(DatasetShare, new Dictionary<string, string> { ["model"] = subject }, timestamp, result.DriftShare));
        if (result.Columns.FirstOrDefault(c => c.Role == "prediction") is { Distribution: { } distribution })
        {
            for (var i = 0; i < distribution.Current.Length; i++)
            {
                var bin = distribution.Labels?[i] ?? string.Create(CultureInfo.InvariantCulture, $"[{distribution.Edges![i]:R}, {distribution.Edges[i + 1]:R})");
                points.Add(new SeriesPoint(PredictionDistribution, new Dictionary<string, string> { ["model"] = subject, ["bin"] = bin }, timestamp, distribution.Current[i]));
            }
        }
        return points;
    }

    /// <summary>Appends the samples of a result to <paramref name="store"/> in one call.</summary>
    public static Task RecordAsync(ISeriesStore store, DriftResult result, string subject, long timestamp, CancellationToken ct) =>
        store.AppendAsync(Points(result, subject, timestamp), ct);
}

using System.Globalization;
using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>The time-series points a performance report records: <c>model_&lt;metric&gt;{model,version}</c> per bucket with labelled predictions,
/// and <c>prediction_distribution{model,version,class}</c> per bucket with predictions.</summary>
public static class PerformanceSeries
{
    /// <summary>The series name of the predicted class shares.</summary>
    public const string Distribution = "prediction_distribution";

    /// <summary>Returns the series name of a live metric, such as <c>model_f1</c>.</summary>
    public static string MetricName(string metric) => "model_" + metric;

    /// <summary>Returns every point of a report, stamped with its bucket's start.</summary>
    public static IReadOnlyList<SeriesPoint> Points(PerformanceReport report)
    {
        var points = new List<SeriesPoint>();
        foreach (var version in report.Versions)
        {
            var versionText = version.Version.ToString(CultureInfo.InvariantCulture);
            var labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["model"] = report.Model, ["version"] = versionText };
            foreach (var window in version.Windows)
            {
                points.AddRange(window.Metrics.Select(m => new SeriesPoint(MetricName(m.Key), labels, window.Start, m.Value)));
                points.AddRange(window.PredictionShares.Select(share => new SeriesPoint(Distribution,
                    new Dictionary<string, string>(labels, StringComparer.Ordinal) { ["class"] = share.Key }, window.Start, share.Value)));
            }
        }
        return points;
    }
}

using Osprey.Core.Monitoring.Series;
using Osprey.Core.Registry;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Tracking;

namespace Osprey.Core.Monitoring.Performance;

/// <summary>Measures a served model's live performance: joins its prediction log with the ground truth that has arrived, scores each version
/// per time bucket and over the window, compares with training, judges the thresholds, and records the results as time series.</summary>
public sealed class PerformanceMonitor(IPredictionLogStore log, IModelVersionStore versions, IRunStore runs, ISeriesStore series, TimeProvider clock)
{
    /// <summary>Creates a monitor over a workspace's stores.</summary>
    public PerformanceMonitor(WorkspaceStores stores, TimeProvider clock)
        : this(stores.PredictionLog, stores.Versions, stores.Runs, stores.Series, clock)
    {
    }

    /// <summary>Builds the report of the window that ends now; the window starts at the bucket boundary at or before now minus the window,
    /// so buckets fall on the same times on every run. Throws <see cref="ErrorCode.InvalidParameter"/> for invalid options.</summary>
    public async Task<PerformanceReport> EvaluateAsync(PerformanceOptions options, CancellationToken ct)
    {
        options.Validate();
        var bucket = (long)options.Bucket.TotalMilliseconds;
        var to = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var from = FloorTo(to - (long)options.Window.TotalMilliseconds, bucket);
        var samples = await PredictionLogSamples.ReadAsync(log, options.Model, options.Version, from, to, ct);
        var task = PerformanceTask.Infer(samples, options.PositiveClass);
        var results = new List<VersionPerformance>();
        foreach (var group in samples.GroupBy(s => s.Version).OrderBy(g => g.Key))
        {
            var training = await TrainingMetrics.ReadAsync(versions, runs, options.Model, group.Key, ct);
            results.Add(Version(group.Key, [.. group], task, options, training, from, to, bucket));
        }
        return new PerformanceReport(options.Model, task.Kind, task.PositiveClass, from, to, bucket, options.MinLabelled,
            [.. options.Thresholds.Select(t => t.ToString())], results, Overall(results));
    }

    /// <summary>Records each version's bucket metrics (<c>model_accuracy</c>, <c>model_f1</c>, <c>model_roc_auc</c>… labelled model and version,
    /// at the bucket's start) and <c>prediction_distribution</c> (labelled also by class), replacing what an earlier run recorded for the same buckets.</summary>
    public Task RecordAsync(PerformanceReport report, CancellationToken ct) =>
        series.AppendAsync(PerformanceSeries.Points(report), ct);

    private static VersionPerformance Version(int version, IReadOnlyList<PerformanceSample> samples, PerformanceTask task, PerformanceOptions options,
        IReadOnlyDictionary<string, double> training, long from, long to, long bucket)
    {
        var windows = new List<WindowPerformance>();
        for (var start = from; start < to; start += bucket)
        {
            var end = Math.Min(start + bucket, to);
            windows.Add(Window(task, [.. samples.Where(s => s.Timestamp >= start && s.Timestamp < end)], start, end));
        }
        var labelled = Labelled(task, samples);
        var metrics = PerformanceMetrics.Compute(task, labelled);
        var checks = options.Thresholds.Select(t => Check(t, metrics)).ToList();
        var verdict = labelled.Count < options.MinLabelled ? PerformanceVerdict.InsufficientData
            : checks.Any(c => c.Breached) ? PerformanceVerdict.Degraded
            : PerformanceVerdict.Healthy;
        return new VersionPerformance(version, samples.Count, labelled.Count, metrics, training, windows, checks, verdict);
    }

    private static WindowPerformance Window(PerformanceTask task, IReadOnlyList<PerformanceSample> samples, long start, long end)
    {
        var labelled = Labelled(task, samples);
        var shares = samples.Where(s => s.Predicted is not null)
            .GroupBy(s => s.Predicted!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (double)g.Count() / samples.Count, StringComparer.Ordinal);
        return new WindowPerformance(start, end, samples.Count, labelled.Count, PerformanceMetrics.Compute(task, labelled), shares);
    }

    private static List<PerformanceSample> Labelled(PerformanceTask task, IEnumerable<PerformanceSample> samples) =>
        [.. samples.Where(s => s.Actual is not null && (task.Kind != PerformanceKind.Regression || PerformanceMetrics.IsScorableRegression(s)))];

    private static ThresholdResult Check(PerformanceThreshold threshold, IReadOnlyDictionary<string, double> metrics)
    {
        var value = metrics.GetValueOrDefault(threshold.Metric, double.NaN);
        return new ThresholdResult(threshold.ToString(), threshold.Metric, value, threshold.IsBreachedBy(value));
    }

    private static PerformanceVerdict Overall(IReadOnlyList<VersionPerformance> versions) =>
        versions.Any(v => v.Verdict == PerformanceVerdict.Degraded) ? PerformanceVerdict.Degraded
        : versions.Any(v => v.Verdict == PerformanceVerdict.Healthy) ? PerformanceVerdict.Healthy
        : PerformanceVerdict.InsufficientData;

    private static long FloorTo(long time, long step) => time - (((time % step) + step) % step);
}

using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>The hot path of metric logging: appends history and keeps the latest value per key, through native statements.</summary>
/// <remarks>Used only on the writer loop.</remarks>
internal sealed class MetricAppender(SqlSession session)
{
    private const string InsertHistory =
        "INSERT INTO metric_history (run_pk, key, value, timestamp, step, is_nan) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

    // The WHERE mirrors IsLater: (timestamp, not-NaN, value, step) compared as a row; NaN is stored as NULL, hence COALESCE.
    private const string UpsertLatest =
        """
        INSERT INTO latest_metrics (run_pk, key, value, timestamp, step, is_nan) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (run_pk, key) DO UPDATE
        SET value = excluded.value, timestamp = excluded.timestamp, step = excluded.step, is_nan = excluded.is_nan
        WHERE (excluded.timestamp, 1 - excluded.is_nan, COALESCE(excluded.value, 0), excluded.step)
            > (latest_metrics.timestamp, 1 - latest_metrics.is_nan, COALESCE(latest_metrics.value, 0), latest_metrics.step)
        """;

    /// <summary>Appends every metric to the history and moves each key's latest value forward when it is later.</summary>
    public void Append(long runPk, IReadOnlyList<Metric> metrics)
    {
        if (metrics.Count == 0)
        {
            return;
        }
        var history = session.Raw(InsertHistory);
        foreach (var metric in metrics)
        {
            Bind(history, runPk, metric).Execute();
        }
        var latest = session.Raw(UpsertLatest);
        foreach (var metric in LatestPerKey(metrics))
        {
            Bind(latest, runPk, metric).Execute();
        }
    }

    /// <summary>The latest-metric rule: the greater timestamp wins, then the greater value (NaN lowest), then the greater step.</summary>
    public static bool IsLater(Metric candidate, Metric current)
    {
        if (candidate.Timestamp != current.Timestamp)
        {
            return candidate.Timestamp > current.Timestamp;
        }
        var candidateNan = double.IsNaN(candidate.Value);
        var currentNan = double.IsNaN(current.Value);
        if (candidateNan != currentNan)
        {
            return currentNan;
        }
        if (!candidateNan && candidate.Value != current.Value)
        {
            return candidate.Value > current.Value;
        }
        return candidate.Step > current.Step;
    }

    private static RawStatement Bind(RawStatement statement, long runPk, Metric metric) =>
        statement.Bind(1, runPk)
            .Bind(2, metric.Key)
            .Bind(3, metric.Value)
            .Bind(4, metric.Timestamp)
            .Bind(5, metric.Step)
            .Bind(6, double.IsNaN(metric.Value) ? 1L : 0L);

    private static IEnumerable<Metric> LatestPerKey(IReadOnlyList<Metric> metrics)
    {
        if (metrics.Count == 1)
        {
            return metrics;
        }
        var latest = new Dictionary<string, Metric>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            if (!latest.TryGetValue(metric.Key, out var current) || IsLater(metric, current))
            {
                latest[metric.Key] = metric;
            }
        }
        return latest.Values;
    }
}

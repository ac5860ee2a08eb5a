using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Tracking;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.LoggedModels;

/// <summary>What ties logged models to runs: the metrics a run links to a model and the models a run produced.</summary>
internal static class LoggedModelLinks
{
    // IS instead of = so NULLs (NaN values, absent data sets) compare equal.
    private const string InsertMetric =
        """
        INSERT INTO logged_model_metrics (model_pk, key, value, is_nan, timestamp, step, run_id, dataset_name, dataset_digest)
        SELECT $pk, $key, $value, $nan, $timestamp, $step, $run, $dataset, $digest
        WHERE NOT EXISTS (
            SELECT 1 FROM logged_model_metrics
            WHERE model_pk = $pk AND key = $key AND timestamp = $timestamp AND step = $step AND run_id = $run
              AND value IS $value AND is_nan = $nan AND dataset_name IS $dataset AND dataset_digest IS $digest)
        """;

    private const string InHistory =
        """
        SELECT 1 FROM metric_history
        WHERE run_pk = $run AND key = $key AND step = $step AND timestamp = $timestamp AND value IS $value AND is_nan = $nan
        LIMIT 1
        """;

    /// <summary>Links each observation to its (active) model and returns, once each, the observations the run's history lacks.</summary>
    public static List<Metric> LinkMetrics(SqlSession session, RunId run, IReadOnlyList<LoggedModelMetric> metrics)
    {
        var runPk = RunRows.RequireActive(session, run).Pk;
        var models = metrics.Select(m => m.ModelId).Distinct(StringComparer.Ordinal)
            .ToDictionary(id => id, id => LoggedModelRows.RequireActive(session, new LoggedModelId(id)), StringComparer.Ordinal);
        foreach (var linked in metrics)
        {
            var metric = linked.Metric;
            var nan = double.IsNaN(metric.Value);
            session.Execute(InsertMetric,
                Arg("$pk", models[linked.ModelId]), Arg("$key", metric.Key), Arg("$value", nan ? null : metric.Value), Arg("$nan", nan ? 1 : 0),
                Arg("$timestamp", metric.Timestamp), Arg("$step", metric.Step), Arg("$run", run.Value),
                Arg("$dataset", linked.DatasetName), Arg("$digest", linked.DatasetDigest));
        }
        return metrics.Select(m => m.Metric).Distinct().Where(metric =>
        {
            var nan = double.IsNaN(metric.Value);
            return session.ScalarInt64(InHistory,
                Arg("$run", runPk), Arg("$key", metric.Key), Arg("$step", metric.Step), Arg("$timestamp", metric.Timestamp),
                Arg("$value", nan ? null : metric.Value), Arg("$nan", nan ? 1 : 0)) is null;
        }).ToList();
    }

    /// <summary>Records that an active run produced active models; an output recorded before is kept once.</summary>
    public static void LogOutputs(SqlSession session, RunId run, IReadOnlyList<ModelOutput> outputs)
    {
        var runPk = RunRows.RequireActive(session, run).Pk;
        foreach (var output in outputs)
        {
            var modelPk = LoggedModelRows.RequireActive(session, new LoggedModelId(output.ModelId));
            session.Execute("INSERT OR IGNORE INTO run_model_outputs (run_pk, model_pk, step) VALUES ($run, $model, $step)",
                Arg("$run", runPk), Arg("$model", modelPk), Arg("$step", output.Step));
        }
    }

    /// <summary>Returns the models a run produced, by step then model id.</summary>
    public static List<ModelOutput> RunOutputs(SqlSession session, RunId run) =>
        session.Query(
            """
            SELECT l.model_id, o.step FROM run_model_outputs o JOIN logged_models l ON l.model_pk = o.model_pk
            WHERE o.run_pk = $run ORDER BY o.step, l.model_id
            """,
            row => new ModelOutput(row.GetString(0), row.GetInt64(1)),
            Arg("$run", RunRows.Find(session, run).Pk));
}

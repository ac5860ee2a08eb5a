using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>The prediction log and its ground truth in the workspace database; batches are appended through the writer loop, bound from UTF-8 without strings.</summary>
internal sealed class SqlitePredictionLogStore(SqliteWriter writer, SqliteReaderPool readers) : IPredictionLogStore
{
    private const int MaxLimit = 100_000;

    private const string Columns =
        "p.request_id, p.row, p.timestamp, p.model_name, p.model_version, p.role, p.inputs, p.outputs, p.predicted_class, p.latency_ms, g.label, g.timestamp";

    /// <inheritdoc/>
    public Task AppendAsync(PredictionBatch batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return Task.CompletedTask;
        }
        return writer.WriteAsync(session =>
        {
            using var insert = new PredictionInsert(session.Connection);
            insert.Insert(batch);
        }, ct);
    }

    /// <inheritdoc/>
    public Task<bool> RecordGroundTruthAsync(GroundTruth truth, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            session.Execute(
                "INSERT INTO prediction_ground_truth (request_id, row, label, timestamp) VALUES ($request, $row, $label, $time) " +
                "ON CONFLICT (request_id, row) DO UPDATE SET label = excluded.label, timestamp = excluded.timestamp",
                Arg("$request", truth.RequestId), Arg("$row", truth.Row), Arg("$label", truth.Label), Arg("$time", truth.Timestamp));
            return session.ScalarInt64("SELECT 1 FROM prediction_log WHERE request_id = $request AND row = $row LIMIT 1",
                Arg("$request", truth.RequestId), Arg("$row", truth.Row)) is not null;
        }, ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<LoggedPrediction>> ReadAsync(PredictionLogQuery query, CancellationToken ct)
    {
        if (query.Limit < 1 || query.Limit > MaxLimit)
        {
            throw OspreyException.Invalid($"A prediction log read returns 1 to {MaxLimit} predictions, not {query.Limit}.");
        }
        var sql = $"SELECT {Columns} FROM prediction_log p LEFT JOIN prediction_ground_truth g ON g.request_id = p.request_id AND g.row = p.row " +
            "WHERE p.model_name = $model AND ($version IS NULL OR p.model_version = $version) AND p.timestamp >= $from AND p.timestamp < $to" +
            (query.LabelledOnly ? " AND g.label IS NOT NULL" : "") +
            " ORDER BY p.timestamp, p.prediction_id LIMIT $limit";
        return readers.ReadAsync<IReadOnlyList<LoggedPrediction>>(session => session.Query(sql, Map,
            Arg("$model", query.Model), Arg("$version", query.Version), Arg("$from", query.From ?? long.MinValue),
            Arg("$to", query.To ?? long.MaxValue), Arg("$limit", query.Limit)), ct);
    }

    /// <inheritdoc/>
    public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            session.Execute("DELETE FROM prediction_ground_truth WHERE (request_id, row) IN (SELECT request_id, row FROM prediction_log WHERE timestamp < $time)",
                Arg("$time", timestamp));
            // Ground truth whose prediction never reached the log (dropped, or sent for an unknown id) ages out by its own time.
            session.Execute("DELETE FROM prediction_ground_truth WHERE timestamp < $time", Arg("$time", timestamp));
            return session.Execute("DELETE FROM prediction_log WHERE timestamp < $time", Arg("$time", timestamp));
        }, ct);

    private static LoggedPrediction Map(SqliteDataReader row)
    {
        var prediction = new PredictionRecord(row.GetString(0), row.GetInt32(1), row.GetInt64(2), row.GetString(3), row.GetInt32(4), row.GetString(5),
            row.GetString(6), row.GetString(7), row.IsDBNull(8) ? null : row.GetString(8), row.GetDouble(9));
        var truth = row.IsDBNull(10) ? null : new GroundTruth(prediction.RequestId, prediction.Row, row.GetString(10), row.GetInt64(11));
        return new LoggedPrediction(prediction, truth);
    }
}

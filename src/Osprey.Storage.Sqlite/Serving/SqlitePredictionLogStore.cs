using System.Text.Json;
using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>
/// The prediction log and its ground truth: indexed in the workspace database a batch per row (see migrations 0009 and 0010), the
/// batches' bytes in segment files beside it.
/// </summary>
internal sealed class SqlitePredictionLogStore(SqliteWriter writer, SqliteReaderPool readers, PredictionLogSegments segments) : IPredictionLogStore
{
    private const int MaxLimit = 100_000;

    private const string Batches =
        "SELECT batch_id, first_timestamp, rows, segment, segment_offset + ids_length, rows_length FROM prediction_log_batches " +
        "WHERE model_name = $model AND first_timestamp >= $low AND first_timestamp < $to ORDER BY first_timestamp, batch_id";

    // Used only inside write items, which the single write thread runs one at a time.
    private readonly PredictionBatchBuffers _buffers = new();

    // The labels of a stored batch's requests, in one query: $ids is a JSON array of the batch's distinct request ids.
    private const string Truths =
        "SELECT request_id, row, label, timestamp FROM prediction_ground_truth WHERE request_id IN (SELECT value FROM json_each($ids))";

    /// <inheritdoc/>
    public Task AppendAsync(PredictionBatch batch, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return Task.CompletedTask;
        }
        return writer.WriteAsync(session =>
        {
            using var insert = new PredictionBatchInsert(session.Connection, _buffers, segments);
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
            return IsLogged(session, truth.RequestId, truth.Row);
        }, ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<LoggedPrediction>> ReadAsync(PredictionLogQuery query, CancellationToken ct)
    {
        if (query.Limit < 1 || query.Limit > MaxLimit)
        {
            throw OspreyException.Invalid($"A prediction log read returns 1 to {MaxLimit} predictions, not {query.Limit}.");
        }
        return readers.ReadAsync<IReadOnlyList<LoggedPrediction>>(session => Read(session, query), ct);
    }

    /// <inheritdoc/>
    public async Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct)
    {
        var deleted = await writer.WriteAsync(session =>
        {
            const string old = "SELECT batch_id FROM prediction_log_batches WHERE last_timestamp < $time";
            session.Execute($"DELETE FROM prediction_log_given_ids WHERE batch_id IN ({old})", Arg("$time", timestamp));
            session.Execute($"DELETE FROM prediction_log_id_blocks WHERE batch_id IN ({old})", Arg("$time", timestamp));
            // Ground truth ages out by its own time: a label arrives after its prediction, so it goes no earlier than the prediction would.
            session.Execute("DELETE FROM prediction_ground_truth WHERE timestamp < $time", Arg("$time", timestamp));
            var rows = session.ScalarInt64("SELECT coalesce(sum(row_count), 0) FROM prediction_log_batches WHERE last_timestamp < $time", Arg("$time", timestamp));
            session.Execute("DELETE FROM prediction_log_batches WHERE last_timestamp < $time", Arg("$time", timestamp));
            return (int)rows!.Value;
        }, ct).ConfigureAwait(false);
        // Files go only once the index no longer names them; on the write thread, which is the one that appends to them.
        await writer.WriteAsync(_ => segments.DeleteBefore(timestamp), ct).ConfigureAwait(false);
        return deleted;
    }

    private bool IsLogged(SqlSession session, string requestId, int row)
    {
        if (session.ScalarInt64("SELECT 1 FROM prediction_log_given_ids WHERE request_id = $request AND row = $row LIMIT 1",
            Arg("$request", requestId), Arg("$row", row)) is not null)
        {
            return true;
        }
        if (!GeneratedIds.TryParse(requestId, out var id))
        {
            return false;
        }
        var candidates = session.Query(
            "SELECT b.generated_ids, b.segment, b.segment_offset, b.ids_length FROM prediction_log_id_blocks k " +
            "JOIN prediction_log_batches b ON b.batch_id = k.batch_id WHERE k.block = $block",
            r => Bytes(r, inline: 0, segment: 1) ?? [], Arg("$block", (long)(id >> GeneratedIds.BlockBits)));
        return candidates.Any(packed => GeneratedIds.Contains(packed, id, row));
    }

    private static Dictionary<(string RequestId, int Row), GroundTruth> TruthsOf(SqlSession session, List<PredictionRecord> rows)
    {
        var ids = JsonSerializer.Serialize(rows.Select(r => r.RequestId).Distinct(StringComparer.Ordinal));
        var truths = new Dictionary<(string, int), GroundTruth>();
        foreach (var truth in session.Query(Truths, r => new GroundTruth(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetInt64(3)), Arg("$ids", ids)))
        {
            truths[(truth.RequestId, truth.Row)] = truth;
        }
        return truths;
    }

    // A batch's bytes: inline in the database (written before schema 10), or the range of its segment file the next two columns give.
    private byte[]? Bytes(SqliteDataReader row, int inline, int segment) =>
        !row.IsDBNull(inline) ? row.GetFieldValue<byte[]>(inline)
        : row.IsDBNull(segment) ? null
        : segments.Read(row.GetString(segment), row.GetInt64(segment + 1), row.GetInt32(segment + 2));

    private List<LoggedPrediction> Read(SqlSession session, PredictionLogQuery query)
    {
        var from = query.From ?? long.MinValue;
        var to = query.To ?? long.MaxValue;
        // Every row of a stored batch falls in its first row's minute, so a batch holding rows at or after `from` starts no earlier than a minute before it.
        var low = from == long.MinValue ? long.MinValue : from - PredictionBatchInsert.MinuteMs;
        if (query.After is { } after)
        {
            low = Math.Max(low, after.BatchTime);
        }
        var found = new List<LoggedPrediction>();
        // Most logs hold no ground truth at all: then no row needs looking up.
        var anyTruth = session.ScalarInt64("SELECT EXISTS (SELECT 1 FROM prediction_ground_truth)") == 1;
        if (query.LabelledOnly && !anyTruth)
        {
            return found;
        }
        using var batches = session.Command(Batches, [Arg("$model", query.Model), Arg("$low", low), Arg("$to", to)]).ExecuteReader();
        while (found.Count < query.Limit && batches.Read())
        {
            var (batch, time) = (batches.GetInt64(0), batches.GetInt64(1));
            if (Bytes(batches, inline: 2, segment: 3) is not { } stored)
            {
                // Retention deleted the file after this read began, or the machine crashed before the file reached the disk.
                continue;
            }
            if (StoredPredictionRows.TryRead(stored, query.Model) is not { } rows)
            {
                // A file the machine's crash left with zeros where the batch was: that batch is lost, the rest of the log reads on.
                continue;
            }
            var truths = anyTruth ? TruthsOf(session, rows) : null;
            for (var index = 0; index < rows.Count && found.Count < query.Limit; index++)
            {
                var position = new PredictionLogPosition(time, batch, index);
                var record = rows[index];
                if ((query.After is { } previous && !position.IsAfter(previous))
                    || record.Timestamp < from || record.Timestamp >= to || (query.Version is { } version && record.Version != version))
                {
                    continue;
                }
                var truth = truths?.GetValueOrDefault((record.RequestId, record.Row));
                if (query.LabelledOnly && truth is null)
                {
                    continue;
                }
                found.Add(new LoggedPrediction(record, truth, position));
            }
        }
        return found;
    }
}

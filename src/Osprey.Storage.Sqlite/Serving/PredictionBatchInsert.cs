using System.Buffers;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Osprey.Core.Serving.Predictions;
using SQLitePCL;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>
/// Stores a writer batch as one row per model and minute: the rows become a JSON array copied from the batch's UTF-8 ranges, client-given
/// request ids are checked for repeats (a repeated row is left out), and generated ids are packed for the ground-truth lookup. The packed
/// ids and the array go to a segment file (<see cref="PredictionLogSegments"/>); the database row says where.
/// </summary>
/// <remarks>
/// Statements go through SQLite's native API and are finalized with this object, inside the caller's write transaction. Should that
/// transaction roll back, the bytes already appended stay in the segment file unreferenced, and go with it at retention. The buffers live
/// in <see cref="PredictionBatchBuffers"/>, kept by the store across batches: a fresh megabyte per batch would land on the large-object heap
/// and cost full collections while serving.
/// </remarks>
internal sealed class PredictionBatchInsert : IDisposable
{
    /// <summary>The span of time one stored batch covers.</summary>
    public const long MinuteMs = 60_000;

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _batch;
    private readonly sqlite3_stmt _given;
    private readonly sqlite3_stmt _block;
    private readonly PredictionBatchBuffers _buffers;
    private readonly PredictionLogSegments _segments;
    private readonly ArrayBufferWriter<byte> _rows;
    private readonly Utf8JsonWriter _json;
    private long _nextBatch;

    public PredictionBatchInsert(SqliteConnection connection, PredictionBatchBuffers buffers, PredictionLogSegments segments)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        (_buffers, _rows, _segments) = (buffers, buffers.Rows, segments);
        _json = new Utf8JsonWriter(_rows, new JsonWriterOptions { SkipValidation = true });
        Check(raw.sqlite3_prepare_v2(_db, "INSERT INTO prediction_log_batches " +
            "(batch_id, model_name, first_timestamp, last_timestamp, row_count, segment, segment_offset, ids_length, rows_length) " +
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", out _batch));
        Check(raw.sqlite3_prepare_v2(_db, "INSERT OR IGNORE INTO prediction_log_given_ids (request_id, row, role, batch_id) VALUES (?1, ?2, ?3, ?4)", out _given));
        Check(raw.sqlite3_prepare_v2(_db, "INSERT OR IGNORE INTO prediction_log_id_blocks (block, batch_id) VALUES (?1, ?2)", out _block));
        using var last = connection.CreateCommand();
        last.CommandText = "SELECT coalesce(max(batch_id), 0) FROM prediction_log_batches";
        _nextBatch = (long)last.ExecuteScalar()! + 1;
    }

    /// <summary>Stores every row of the batch; returns how many were stored (repeats of a client-given id are not).</summary>
    public int Insert(PredictionBatch batch)
    {
        var stored = 0;
        foreach (var group in Groups(batch.Rows))
        {
            stored += Store(batch, group);
        }
        return stored;
    }

    public void Dispose()
    {
        _json.Dispose();
        _batch.Dispose();
        _given.Dispose();
        _block.Dispose();
    }

    // Rows of one model and one minute, each group in time order. Ties go by generated request id, which the server numbers in the order
    // requests arrive (rows formatted on different threads reach the batch thread by thread), then keep the batch's order.
    private static List<int[]> Groups(ReadOnlySpan<PredictionBatchRow> rows)
    {
        var groups = new Dictionary<(string Model, long Minute), List<int>>();
        for (var i = 0; i < rows.Length; i++)
        {
            var key = (rows[i].Model, rows[i].Timestamp / MinuteMs);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
            }
            members.Add(i);
        }
        var ordered = new List<int[]>(groups.Count);
        foreach (var members in groups.Values)
        {
            var keys = new (long Timestamp, ulong Id, int Index)[members.Count];
            for (var k = 0; k < keys.Length; k++)
            {
                keys[k] = (rows[members[k]].Timestamp, rows[members[k]].GeneratedId, members[k]);
            }
            Array.Sort(keys);
            ordered.Add(Array.ConvertAll(keys, k => k.Index));
        }
        return ordered;
    }

    private int Store(PredictionBatch batch, int[] group)
    {
        var rows = batch.Rows;
        var id = _nextBatch;
        var generated = _buffers.Generated(group.Length);
        var generatedCount = 0;
        _rows.ResetWrittenCount();
        _json.Reset();
        _json.WriteStartArray();
        int kept = 0;
        long first = long.MaxValue, last = long.MinValue;
        foreach (var index in group)
        {
            ref readonly var row = ref rows[index];
            if (row.GeneratedId != 0)
            {
                generated[generatedCount++] = (row.GeneratedId, row.Row);
            }
            else if (!FirstOfGivenId(batch, row, id))
            {
                continue;
            }
            Write(batch, row);
            (first, last) = (Math.Min(first, row.Timestamp), Math.Max(last, row.Timestamp));
            kept++;
        }
        _json.WriteEndArray();
        _json.Flush();
        if (kept == 0)
        {
            return 0;
        }
        _nextBatch++;
        var distinct = GeneratedIds.SortDistinct(generated[..generatedCount]);
        InsertBatch(id, rows[group[0]].Model, first, last, kept, generated[..distinct]);
        return kept;
    }

    private bool FirstOfGivenId(PredictionBatch batch, in PredictionBatchRow row, long batchId)
    {
        Check(raw.sqlite3_bind_text(_given, 1, batch.Text(row.RequestStart, row.RequestLength)));
        Check(raw.sqlite3_bind_int64(_given, 2, row.Row));
        Check(raw.sqlite3_bind_text(_given, 3, Utf8(row.Role)));
        Check(raw.sqlite3_bind_int64(_given, 4, batchId));
        Step(_given);
        return raw.sqlite3_changes(_db) == 1;
    }

    private void Write(PredictionBatch batch, in PredictionBatchRow row)
    {
        _json.WriteStartObject();
        _json.WriteString("id"u8, batch.Text(row.RequestStart, row.RequestLength));
        _json.WriteNumber("row"u8, row.Row);
        _json.WriteNumber("ts"u8, row.Timestamp);
        _json.WriteNumber("v"u8, row.Version);
        _json.WriteString("role"u8, row.Role);
        if (row.PredictedClass is { } predicted)
        {
            _json.WriteString("class"u8, predicted);
        }
        else
        {
            _json.WriteNull("class"u8);
        }
        // Whole microseconds: an integer formats several times faster than a double, and no latency needs finer.
        _json.WriteNumber("us"u8, double.IsFinite(row.LatencyMs) ? (long)Math.Round(row.LatencyMs * 1000) : 0);
        _json.WritePropertyName("in"u8);
        _json.WriteRawValue(batch.Text(row.InputsStart, row.InputsLength), skipInputValidation: true);
        _json.WritePropertyName("out"u8);
        _json.WriteRawValue(batch.Text(row.OutputsStart, row.OutputsLength), skipInputValidation: true);
        _json.WriteEndObject();
    }

    private void InsertBatch(long id, string model, long first, long last, int count, ReadOnlySpan<(ulong Id, int Row)> generated)
    {
        Check(raw.sqlite3_bind_int64(_batch, 1, id));
        Check(raw.sqlite3_bind_text(_batch, 2, Utf8(model)));
        Check(raw.sqlite3_bind_int64(_batch, 3, first));
        Check(raw.sqlite3_bind_int64(_batch, 4, last));
        Check(raw.sqlite3_bind_int64(_batch, 5, count));
        var packed = _buffers.Packed(generated.Length * GeneratedIds.PairBytes);
        GeneratedIds.Pack(generated, packed);
        var (segment, offset) = _segments.Append(first, packed, _rows.WrittenSpan);
        Check(raw.sqlite3_bind_text(_batch, 6, Utf8(segment)));
        Check(raw.sqlite3_bind_int64(_batch, 7, offset));
        Check(raw.sqlite3_bind_int64(_batch, 8, packed.Length));
        Check(raw.sqlite3_bind_int64(_batch, 9, _rows.WrittenCount));
        Step(_batch);
        long? previous = null;
        foreach (var pair in generated)
        {
            var block = (long)(pair.Id >> GeneratedIds.BlockBits);
            if (block != previous)
            {
                Check(raw.sqlite3_bind_int64(_block, 1, block));
                Check(raw.sqlite3_bind_int64(_block, 2, id));
                Step(_block);
                previous = block;
            }
        }
    }

    private ReadOnlySpan<byte> Utf8(string text) => _buffers.Utf8(text);

    private void Step(sqlite3_stmt statement)
    {
        var result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(result, _db);
        }
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _db);
        }
    }
}

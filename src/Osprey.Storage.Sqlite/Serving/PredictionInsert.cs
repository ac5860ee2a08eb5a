using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Osprey.Core.Serving.Predictions;
using SQLitePCL;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>Inserts a prediction batch through SQLite's native API, binding the batch's UTF-8 text ranges by position without making strings.</summary>
/// <remarks>
/// Rows go in groups of <see cref="GroupRows"/> per statement, which spreads SQLite's per-statement cost; the statements are prepared and
/// finalized per batch (a batch holds up to thousands of rows), so none outlives the write item that made it.
/// </remarks>
internal sealed class PredictionInsert : IDisposable
{
    private const int GroupRows = 32;
    private const int Columns = 10;

    private readonly sqlite3 _db;
    // Model names, roles and classes repeat on every row: each is turned into UTF-8 once per batch, not once per bind.
    private readonly Dictionary<string, byte[]> _utf8 = new(ReferenceEqualityComparer.Instance);
    private readonly sqlite3_stmt _group;
    private readonly sqlite3_stmt _single;

    public PredictionInsert(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, Sql(GroupRows), out _group));
        Check(raw.sqlite3_prepare_v2(_db, Sql(1), out _single));
    }

    /// <summary>Inserts every row of the batch (inside the caller's transaction).</summary>
    public void Insert(PredictionBatch batch)
    {
        var rows = batch.Rows;
        var whole = rows.Length - rows.Length % GroupRows;
        for (var start = 0; start < whole; start += GroupRows)
        {
            for (var i = 0; i < GroupRows; i++)
            {
                Bind(_group, i * Columns, batch, rows[start + i]);
            }
            Step(_group);
        }
        for (var i = whole; i < rows.Length; i++)
        {
            Bind(_single, 0, batch, rows[i]);
            Step(_single);
        }
    }

    public void Dispose()
    {
        _group.Dispose();
        _single.Dispose();
    }

    private static string Sql(int rows)
    {
        var sql = new StringBuilder("INSERT OR IGNORE INTO prediction_log (request_id, row, timestamp, model_name, model_version, role, inputs, outputs, latency_ms, predicted_class) VALUES ");
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 1; c <= Columns; c++)
            {
                sql.Append(CultureInfo.InvariantCulture, $"{(c == 1 ? "" : ", ")}?{r * Columns + c}");
            }
            sql.Append(')');
        }
        return sql.ToString();
    }

    private void Bind(sqlite3_stmt statement, int offset, PredictionBatch batch, in PredictionBatchRow row)
    {
        Check(raw.sqlite3_bind_text(statement, offset + 1, batch.Text(row.RequestStart, row.RequestLength)));
        Check(raw.sqlite3_bind_int64(statement, offset + 2, row.Row));
        Check(raw.sqlite3_bind_int64(statement, offset + 3, row.Timestamp));
        Check(raw.sqlite3_bind_text(statement, offset + 4, Utf8(row.Model)));
        Check(raw.sqlite3_bind_int64(statement, offset + 5, row.Version));
        Check(raw.sqlite3_bind_text(statement, offset + 6, Utf8(row.Role)));
        Check(raw.sqlite3_bind_text(statement, offset + 7, batch.Text(row.InputsStart, row.InputsLength)));
        Check(raw.sqlite3_bind_text(statement, offset + 8, batch.Text(row.OutputsStart, row.OutputsLength)));
        Check(raw.sqlite3_bind_double(statement, offset + 9, row.LatencyMs));
        Check(row.PredictedClass is { } predicted ? raw.sqlite3_bind_text(statement, offset + 10, Utf8(predicted)) : raw.sqlite3_bind_null(statement, offset + 10));
    }

    private ReadOnlySpan<byte> Utf8(string text)
    {
        if (!_utf8.TryGetValue(text, out var bytes))
        {
            bytes = Encoding.UTF8.GetBytes(text);
            _utf8[text] = bytes;
        }
        return bytes;
    }

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

using Microsoft.Data.Sqlite;
using Osprey.Core.Serving.Predictions;
using SQLitePCL;

namespace Osprey.Storage.Sqlite.Serving;

/// <summary>Inserts a prediction batch through SQLite's native API, binding the batch's UTF-8 text ranges by position without making strings.</summary>
/// <remarks>Prepared and finalized per batch (a batch holds up to thousands of rows), so no statement outlives the write item that made it.</remarks>
internal sealed class PredictionInsert : IDisposable
{
    private const string Sql =
        "INSERT OR IGNORE INTO prediction_log (request_id, row, timestamp, model_name, model_version, role, inputs, outputs, latency_ms, predicted_class) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public PredictionInsert(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, Sql, out _statement));
    }

    /// <summary>Inserts every row of the batch (inside the caller's transaction).</summary>
    public void Insert(PredictionBatch batch)
    {
        foreach (ref readonly var row in batch.Rows)
        {
            Check(raw.sqlite3_bind_text(_statement, 1, batch.Text(row.RequestStart, row.RequestLength)));
            Check(raw.sqlite3_bind_int64(_statement, 2, row.Row));
            Check(raw.sqlite3_bind_int64(_statement, 3, row.Timestamp));
            Check(raw.sqlite3_bind_text(_statement, 4, row.Model));
            Check(raw.sqlite3_bind_int64(_statement, 5, row.Version));
            Check(raw.sqlite3_bind_text(_statement, 6, row.Role));
            Check(raw.sqlite3_bind_text(_statement, 7, batch.Text(row.InputsStart, row.InputsLength)));
            Check(raw.sqlite3_bind_text(_statement, 8, batch.Text(row.OutputsStart, row.OutputsLength)));
            Check(raw.sqlite3_bind_double(_statement, 9, row.LatencyMs));
            Check(row.PredictedClass is { } predicted ? raw.sqlite3_bind_text(_statement, 10, predicted) : raw.sqlite3_bind_null(_statement, 10));
            var result = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (result is not (raw.SQLITE_DONE or raw.SQLITE_ROW))
            {
                SqliteException.ThrowExceptionForRC(result, _db);
            }
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _db);
        }
    }
}

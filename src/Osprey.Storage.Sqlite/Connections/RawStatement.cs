using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Osprey.Storage.Sqlite.Connections;

/// <summary>A statement prepared once on a connection and bound by position through the native API.</summary>
/// <remarks>
/// For the metric hot path only: Microsoft.Data.Sqlite 6 looks every parameter up by name on every execution
/// (a linear scan inside SQLite), which caps a log-batch at a fraction of what SQLite itself can insert.
/// </remarks>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds an integer to a 1-based position.</summary>
    public RawStatement Bind(int position, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, position, value));
        return this;
    }

    /// <summary>Binds a real to a 1-based position; NaN is bound as NULL, as SQLite would store it.</summary>
    public RawStatement Bind(int position, double value)
    {
        Check(double.IsNaN(value) ? raw.sqlite3_bind_null(_statement, position) : raw.sqlite3_bind_double(_statement, position, value));
        return this;
    }

    /// <summary>Binds text to a 1-based position.</summary>
    public RawStatement Bind(int position, string value)
    {
        Check(raw.sqlite3_bind_text(_statement, position, value));
        return this;
    }

    /// <summary>Runs the statement to completion and resets it for the next use.</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        if (result is raw.SQLITE_DONE or raw.SQLITE_ROW)
        {
            raw.sqlite3_reset(_statement);
            return;
        }
        try
        {
            SqliteException.ThrowExceptionForRC(result, _db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
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

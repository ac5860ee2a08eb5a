using Microsoft.Data.Sqlite;

namespace Osprey.Storage.Sqlite.Connections;

/// <summary>One open connection with a cache of prepared commands, used by one thread at a time.</summary>
/// <remarks>Transactions are opened with plain <c>BEGIN</c>/<c>COMMIT</c> statements rather than
/// <see cref="SqliteTransaction"/>, so cached commands can be reused across transactions untouched.</remarks>
internal sealed class SqlSession(SqliteConnection connection) : IDisposable
{
    private const int CacheLimit = 512;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawStatement> _statements = new(StringComparer.Ordinal);

    /// <summary>Gets the underlying connection.</summary>
    public SqliteConnection Connection => connection;

    /// <summary>Returns the cached (prepared after first use) command for a SQL text with the arguments bound.</summary>
    /// <remarks>The command must be fully consumed before the next call on this session.</remarks>
    public SqliteCommand Command(string sql, ReadOnlySpan<SqlArg> args)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            if (_commands.Count >= CacheLimit)
            {
                ClearCache();
            }
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        foreach (var arg in args)
        {
            command.Parameters.AddWithValue(arg.Name, arg.Value ?? DBNull.Value);
        }
        return command;
    }

    /// <summary>Returns a natively prepared statement for a fixed SQL text, prepared on first use and kept for the session.</summary>
    public RawStatement Raw(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new RawStatement(connection, sql);
            _statements[sql] = statement;
        }
        return statement;
    }

    /// <summary>Executes a statement and returns the number of rows changed.</summary>
    public int Execute(string sql, params ReadOnlySpan<SqlArg> args) => Command(sql, args).ExecuteNonQuery();

    /// <summary>Returns the first column of the first row as a long, or null when there is no row or it is NULL.</summary>
    public long? ScalarInt64(string sql, params ReadOnlySpan<SqlArg> args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is null or DBNull ? null : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Returns the first column of the first row as a string, or null when there is no row or it is NULL.</summary>
    public string? ScalarString(string sql, params ReadOnlySpan<SqlArg> args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is null or DBNull ? null : (string)value;
    }

    /// <summary>Maps every row of a query.</summary>
    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params ReadOnlySpan<SqlArg> args)
    {
        var rows = new List<T>();
        using var reader = Command(sql, args).ExecuteReader();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    /// <summary>Maps the first row of a query, or returns the default when there is none.</summary>
    public T? QueryFirst<T>(string sql, Func<SqliteDataReader, T> map, params ReadOnlySpan<SqlArg> args)
    {
        using var reader = Command(sql, args).ExecuteReader();
        return reader.Read() ? map(reader) : default;
    }

    /// <summary>Runs a statement (or several separated by semicolons) without parameters and without caching it.</summary>
    public void ExecuteScript(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        ClearCache();
        // Unfinalized statements would keep the file open after the connection is closed.
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
        _statements.Clear();
        connection.Dispose();
    }

    private void ClearCache()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
    }
}

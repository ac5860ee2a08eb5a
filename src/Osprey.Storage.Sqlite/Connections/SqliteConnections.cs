using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Osprey.Storage.Sqlite.Connections;

/// <summary>Opens the writer and reader connections of a workspace database with the settings Osprey relies on.</summary>
internal static class SqliteConnections
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    /// <summary>Opens the read-write connection, creating the file when missing, in WAL mode.</summary>
    public static SqlSession OpenWriter(string path)
    {
        var session = Open(path, SqliteOpenMode.ReadWriteCreate);
        // WAL lets readers run beside the one writer; with synchronous=NORMAL a committed
        // transaction survives a process kill (only an OS crash can lose the last ones).
        session.ExecuteScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
        return session;
    }

    /// <summary>Opens a read-only connection; it sees every transaction committed before each of its own begins.</summary>
    public static SqlSession OpenReader(string path) => Open(path, SqliteOpenMode.ReadOnly);

    /// <summary>Returns the connection string for a database file.</summary>
    public static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Cache = SqliteCacheMode.Private,
        // The stores hold their connections for the database's lifetime; pooling would keep the
        // file open after disposal and stop tests (and the migration backup) from reopening it cleanly.
        Pooling = false,
    }.ToString();

    private static SqlSession Open(string path, SqliteOpenMode mode)
    {
        _ = Initialized.Value;
        var connection = new SqliteConnection(ConnectionString(path, mode));
        connection.Open();
        var session = new SqlSession(connection);
        session.ExecuteScript(string.Create(CultureInfo.InvariantCulture, $"""
            PRAGMA foreign_keys = ON;
            PRAGMA busy_timeout = 10000;
            PRAGMA cache_size = -{CacheKibibytes};
            PRAGMA mmap_size = {MemoryMapBytes};
            PRAGMA temp_store = MEMORY;
            """));
        session.Connection.CreateFunction("osprey_fold", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        return session;
    }

    private const int CacheKibibytes = 32 * 1024;

    private const long MemoryMapBytes = 1L << 30;
}

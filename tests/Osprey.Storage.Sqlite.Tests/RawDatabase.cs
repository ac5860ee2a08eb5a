using Microsoft.Data.Sqlite;
using Osprey.Storage.Sqlite.Connections;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Reads and writes a database file directly, below the stores, to set up and inspect what they cannot.</summary>
internal static class RawDatabase
{
    public static long Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(SqliteConnections.ConnectionString(path, SqliteOpenMode.ReadWriteCreate));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Execute(string path, string sql) => Scalar(path, sql + "; SELECT 0");
}

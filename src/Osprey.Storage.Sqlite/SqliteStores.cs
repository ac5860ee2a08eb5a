using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Schema;

namespace Osprey.Storage.Sqlite;

/// <summary>Opens the embedded SQLite workspace database that backs every store of a workspace.</summary>
public static class SqliteStores
{
    private const int SqliteNotADatabase = 26;

    /// <summary>Opens (creating the file and its folder when missing) and migrates the database at a path.</summary>
    /// <exception cref="OspreyException"><see cref="ErrorCode.InvalidState"/> when the file was written by a newer Osprey or is not a database.</exception>
    public static Task<SqliteWorkspaceDatabase> OpenAsync(string databasePath, CancellationToken ct) =>
        OpenAsync(databasePath, SchemaMigration.Embedded, ct);

    /// <summary>Opens a database with an explicit list of migrations (tests use it to simulate upgrades).</summary>
    internal static Task<SqliteWorkspaceDatabase> OpenAsync(string databasePath, IReadOnlyList<SchemaMigration> migrations, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ct.ThrowIfCancellationRequested();
        var fullPath = Path.GetFullPath(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        SqlSession? session = null;
        try
        {
            session = SqliteConnections.OpenWriter(fullPath);
            var version = SchemaMigrator.Migrate(session, fullPath, migrations);
            return Task.FromResult(new SqliteWorkspaceDatabase(fullPath, session, version));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteNotADatabase)
        {
            session?.Dispose();
            throw new OspreyException(ErrorCode.InvalidState, $"The file '{fullPath}' is not an Osprey database (SQLite could not read it).");
        }
        catch
        {
            session?.Dispose();
            throw;
        }
    }
}

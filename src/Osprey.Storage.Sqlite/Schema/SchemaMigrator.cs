using Osprey.Core;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Schema;

/// <summary>Brings a database to the newest schema this build knows, backing the file up before changing an existing one.</summary>
internal static class SchemaMigrator
{
    /// <summary>Applies the pending migrations in one transaction and returns the resulting schema version.</summary>
    /// <exception cref="OspreyException"><see cref="ErrorCode.InvalidState"/> when the database is newer than this build.</exception>
    public static int Migrate(SqlSession session, string databasePath, IReadOnlyList<SchemaMigration> migrations)
    {
        var known = migrations.Count == 0 ? 0 : migrations[^1].Version;
        var applied = AppliedVersions(session);
        var current = applied.Count == 0 ? 0 : applied.Max();
        if (current > known)
        {
            throw new OspreyException(ErrorCode.InvalidState,
                $"The database '{databasePath}' was written by a newer version of Osprey (schema {current}; this build knows up to {known}). " +
                "Upgrade Osprey to open it, or point OSPREY_HOME at another workspace.");
        }
        // A lower number merged after a higher one was applied still runs: numbers may skip, so order alone cannot tell.
        var pending = migrations.Where(migration => !applied.Contains(migration.Version)).ToList();
        if (pending.Count == 0)
        {
            return current;
        }
        if (HasTables(session))
        {
            Backup(session, $"{databasePath}.bak-{current}");
        }
        Apply(session, pending);
        return known;
    }

    private static void Apply(SqlSession session, List<SchemaMigration> pending)
    {
        session.ExecuteScript("BEGIN IMMEDIATE;");
        try
        {
            session.ExecuteScript("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL);");
            foreach (var migration in pending)
            {
                session.ExecuteScript(migration.Sql);
                session.Execute("INSERT INTO schema_version (version, name) VALUES ($version, $name)",
                    Arg("$version", migration.Version), Arg("$name", migration.Name));
            }
            session.ExecuteScript("COMMIT;");
        }
        catch
        {
            session.ExecuteScript("ROLLBACK;");
            throw;
        }
    }

    private static HashSet<int> AppliedVersions(SqlSession session)
    {
        var hasTable = session.ScalarInt64("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0;
        return hasTable ? [.. session.Query("SELECT version FROM schema_version", row => row.GetInt32(0))] : [];
    }

    private static bool HasTables(SqlSession session) =>
        session.ScalarInt64("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") > 0;

    private static void Backup(SqlSession session, string backupPath)
    {
        // A leftover copy of the same version comes from an earlier attempt that did not finish.
        File.Delete(backupPath);
        // VACUUM INTO writes a consistent copy including what still sits in the WAL file.
        session.Execute("VACUUM INTO $path", Arg("$path", backupPath));
    }
}

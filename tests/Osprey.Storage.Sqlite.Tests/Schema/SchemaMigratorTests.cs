using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Schema;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Schema;

public sealed class SchemaMigratorTests
{
    private static readonly SchemaMigration Marker = new(2, "0002_marker", "CREATE TABLE marker (x INTEGER NOT NULL); INSERT INTO marker VALUES (42);");

    [Fact]
    public async Task Open_MissingFileInMissingFolder_CreatesItAtTheNewestSchemaWithTheDefaultExperiment()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "deeper", "osprey.db");

        await using var database = await SqliteStores.OpenAsync(path, CancellationToken.None);
        var experiment = await database.Stores.Experiments.GetAsync(ExperimentId.Default, CancellationToken.None);

        Assert.True(File.Exists(path));
        Assert.Equal(SchemaMigration.Embedded[^1].Version, database.SchemaVersion);
        Assert.Equal(("Default", "mlflow-artifacts:/0"), (experiment.Name, experiment.ArtifactLocation));
        Assert.Equal("wal", RawScalarText(path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Open_Twice_AppliesTheMigrationOnceAndMakesNoBackup()
    {
        using var folder = new TempFolder();
        await (await SqliteStores.OpenAsync(folder.Database, CancellationToken.None)).DisposeAsync();

        await using (var reopened = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None))
        {
            Assert.Equal(SchemaMigration.Embedded[^1].Version, reopened.SchemaVersion);
        }

        Assert.Equal(SchemaMigration.Embedded.Count, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM schema_version"));
        Assert.Equal(1, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM experiments WHERE experiment_id = 0"));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.bak-*"));
    }

    [Fact]
    public async Task Open_OlderSchema_BacksUpTheFileThenMigrates()
    {
        using var folder = new TempFolder();
        await using (var first = await SqliteStores.OpenAsync(folder.Database, [SchemaMigration.Embedded[0]], CancellationToken.None))
        {
            await first.Stores.Experiments.CreateAsync("kept", "file:///a", [], 1, CancellationToken.None);
        }

        await using (var upgraded = await SqliteStores.OpenAsync(folder.Database, [SchemaMigration.Embedded[0], Marker], CancellationToken.None))
        {
            Assert.Equal(2, upgraded.SchemaVersion);
            Assert.NotNull(await upgraded.Stores.Experiments.FindByNameAsync("kept", CancellationToken.None));
        }

        var backup = folder.Database + ".bak-1";
        Assert.True(File.Exists(backup));
        Assert.Equal(1, RawDatabase.Scalar(backup, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(1, RawDatabase.Scalar(backup, "SELECT COUNT(*) FROM experiments WHERE name = 'kept'"));
        Assert.Equal(42, RawDatabase.Scalar(folder.Database, "SELECT x FROM marker"));
    }

    [Fact]
    public async Task Open_FailingMigration_LeavesTheDatabaseAtItsFormerVersion()
    {
        using var folder = new TempFolder();
        await (await SqliteStores.OpenAsync(folder.Database, [SchemaMigration.Embedded[0]], CancellationToken.None)).DisposeAsync();
        var broken = new SchemaMigration(2, "0002_broken", "CREATE TABLE half (x INTEGER); CREATE TABLE (;");

        await Assert.ThrowsAsync<SqliteException>(() => SqliteStores.OpenAsync(folder.Database, [SchemaMigration.Embedded[0], broken], CancellationToken.None));

        Assert.Equal(1, RawDatabase.Scalar(folder.Database, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(0, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'"));
    }

    [Fact]
    public async Task Open_NewerSchema_ThrowsInvalidStateNamingBothVersions()
    {
        using var folder = new TempFolder();
        await (await SqliteStores.OpenAsync(folder.Database, CancellationToken.None)).DisposeAsync();
        var future = SchemaMigration.Embedded[^1].Version + 1;
        RawDatabase.Execute(folder.Database, $"INSERT INTO schema_version (version, name) VALUES ({future}, 'future')");

        var failure = await Assert.ThrowsAsync<OspreyException>(() => SqliteStores.OpenAsync(folder.Database, CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidState, failure.Code);
        Assert.Contains($"written by a newer version of Osprey (schema {future}; this build knows up to {SchemaMigration.Embedded[^1].Version}). Upgrade Osprey",
            failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_LowerNumberMergedAfterAHigherOne_AppliesTheLowerOne()
    {
        using var folder = new TempFolder();
        var later = new SchemaMigration(3, "0003_later", "CREATE TABLE later (x INTEGER);");
        await (await SqliteStores.OpenAsync(folder.Database, [SchemaMigration.Embedded[0], later], CancellationToken.None)).DisposeAsync();

        await using (var reopened = await SqliteStores.OpenAsync(folder.Database, [SchemaMigration.Embedded[0], Marker, later], CancellationToken.None))
        {
            Assert.Equal(3, reopened.SchemaVersion);
        }

        Assert.Equal(42, RawDatabase.Scalar(folder.Database, "SELECT x FROM marker"));
        Assert.Equal(3, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM schema_version"));
    }

    [Fact]
    public async Task Open_FileThatIsNotADatabase_ThrowsInvalidState()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Path);
        await File.WriteAllTextAsync(folder.Database, new string('x', 4096));

        var failure = await Assert.ThrowsAsync<OspreyException>(() => SqliteStores.OpenAsync(folder.Database, CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidState, failure.Code);
        Assert.Contains(folder.Database, failure.Message, StringComparison.Ordinal);
    }

    private static string RawScalarText(string path, string sql)
    {
        using var connection = new SqliteConnection(Osprey.Storage.Sqlite.Connections.SqliteConnections.ConnectionString(path, SqliteOpenMode.ReadOnly));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)command.ExecuteScalar()!;
    }
}

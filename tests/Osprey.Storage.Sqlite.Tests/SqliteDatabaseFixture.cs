using Osprey.Core;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>One workspace database in its own temporary folder, shared by the tests of a class and deleted after them.</summary>
public sealed class SqliteDatabaseFixture : IAsyncLifetime
{
    private SqliteWorkspaceDatabase? _database;

    /// <summary>Gets the folder holding the database file.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "osprey-sqlite-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Gets the stores of the open database.</summary>
    public WorkspaceStores Stores => (_database ?? throw new InvalidOperationException("The database is not open.")).Stores;

    public async Task InitializeAsync() =>
        _database = await SqliteStores.OpenAsync(Path.Combine(Folder, "osprey.db"), CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        Directory.Delete(Folder, recursive: true);
    }
}

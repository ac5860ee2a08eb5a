using Osprey.Core;
using Osprey.TestKit.Contracts;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Runs the run store contract on SQLite.</summary>
public sealed class SqliteRunStoreTests(SqliteDatabaseFixture database) : RunStoreContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<WorkspaceStores> OpenStoresAsync() => Task.FromResult(database.Stores);
}

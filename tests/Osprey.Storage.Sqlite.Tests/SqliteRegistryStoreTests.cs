using Osprey.Core;
using Osprey.TestKit.Contracts;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Runs the registry store contract on SQLite.</summary>
public sealed class SqliteRegistryStoreTests(SqliteDatabaseFixture database) : RegistryStoreContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<WorkspaceStores> OpenStoresAsync() => Task.FromResult(database.Stores);
}

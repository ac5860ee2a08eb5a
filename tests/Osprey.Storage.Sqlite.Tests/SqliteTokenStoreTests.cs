using Osprey.Core;
using Osprey.TestKit.Contracts;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Runs the token store contract on SQLite.</summary>
public sealed class SqliteTokenStoreTests(SqliteDatabaseFixture database) : TokenStoreContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<WorkspaceStores> OpenStoresAsync() => Task.FromResult(database.Stores);
}

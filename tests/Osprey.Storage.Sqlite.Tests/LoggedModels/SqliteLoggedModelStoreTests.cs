using Osprey.Core;
using Osprey.TestKit.Contracts;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.LoggedModels;

/// <summary>Runs the logged model store contract on SQLite.</summary>
public sealed class SqliteLoggedModelStoreTests(SqliteDatabaseFixture database) : LoggedModelStoreContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<WorkspaceStores> OpenStoresAsync() => Task.FromResult(database.Stores);
}

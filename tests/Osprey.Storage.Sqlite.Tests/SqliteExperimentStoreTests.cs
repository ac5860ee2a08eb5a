using Osprey.Core;
using Osprey.TestKit.Contracts;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Runs the experiment store contract on SQLite.</summary>
public sealed class SqliteExperimentStoreTests(SqliteDatabaseFixture database) : ExperimentStoreContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<WorkspaceStores> OpenStoresAsync() => Task.FromResult(database.Stores);
}

using Osprey.Core;
using Osprey.TestKit.Contracts;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Runs the retrain cooldown store contract on SQLite.</summary>
public sealed class SeriesRetrainCooldownStoreTests(SqliteDatabaseFixture database) : RetrainCooldownStoreContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<WorkspaceStores> OpenStoresAsync() => Task.FromResult(database.Stores);
}

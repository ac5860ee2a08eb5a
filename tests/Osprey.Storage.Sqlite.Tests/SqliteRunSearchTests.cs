using Osprey.Core;
using Osprey.TestKit.Contracts;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Runs the run search contract on SQLite.</summary>
public sealed class SqliteRunSearchTests(SqliteDatabaseFixture database) : RunSearchContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<WorkspaceStores> OpenStoresAsync() => Task.FromResult(database.Stores);
}

using Osprey.Core;
using Osprey.TestKit.Contracts;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Pipelines;

/// <summary>Runs the pipeline run store contract on SQLite.</summary>
public sealed class SqlitePipelineRunStoreTests(SqliteDatabaseFixture database) : PipelineRunStoreContract, IClassFixture<SqliteDatabaseFixture>
{
    protected override Task<WorkspaceStores> OpenStoresAsync() => Task.FromResult(database.Stores);
}

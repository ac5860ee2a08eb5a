using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

public sealed class SqlitePersistenceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Reopen_AfterWritesOfEveryKind_FindsThemAll()
    {
        using var folder = new TempFolder();
        var run = RunId.New();
        await using (var database = await SqliteStores.OpenAsync(folder.Database, None))
        {
            var stores = database.Stores;
            var experiment = await stores.Experiments.CreateAsync("durable", "file:///a/{id}", [new Tag("k", "v")], 1, None);
            await stores.Runs.CreateAsync(new NewRun(run, experiment, "r", "u", 1, "file:///a/r", []), None);
            await stores.Runs.LogBatchAsync(run, new RunBatch([new Metric("m", double.NaN, 5, 1), new Metric("m", 2, 6, 2)], [new Param("p", "1")], []), None);
            await stores.Models.CreateAsync("durable-model", "d", [], 1, None);
            await stores.Versions.CreateAsync(new NewModelVersion("durable-model", "src", run.Value, "", "", "u", [], 2), None);
            await stores.Versions.SetAliasAsync("durable-model", "champion", 1, new RegistryChange("u", null, 3), None);
            await stores.Tokens.CreateAsync("ci", "hash-1", 4, None);
        }

        await using var reopened = await SqliteStores.OpenAsync(folder.Database, None);
        var loaded = await reopened.Stores.Runs.GetAsync(run, None);
        var history = await reopened.Stores.Runs.GetMetricHistoryAsync(run, "m", 10, 0, None);

        Assert.Equal([new Tag("k", "v")], (await reopened.Stores.Experiments.FindByNameAsync("durable", None))?.Tags);
        Assert.Equal([new Metric("m", 2, 6, 2)], loaded.Metrics);
        Assert.True(double.IsNaN(history[0].Value));
        Assert.Equal([new Param("p", "1")], loaded.Params);
        Assert.Equal(run.Value, (await reopened.Stores.Versions.GetByAliasAsync("durable-model", "champion", None)).RunId);
        Assert.Single(await reopened.Stores.Versions.GetHistoryAsync("durable-model", "champion", null, None));
        Assert.Equal("ci", (await reopened.Stores.Tokens.FindByHashAsync("hash-1", None))?.Name);
    }

    [Fact]
    public async Task Write_AfterDispose_ThrowsUnavailable()
    {
        using var folder = new TempFolder();
        var database = await SqliteStores.OpenAsync(folder.Database, None);
        var stores = database.Stores;
        await database.DisposeAsync();

        var failure = await Assert.ThrowsAsync<OspreyException>(() => stores.Tokens.CreateAsync("late", "h", 1, None));

        Assert.Equal(ErrorCode.Unavailable, failure.Code);
    }
}

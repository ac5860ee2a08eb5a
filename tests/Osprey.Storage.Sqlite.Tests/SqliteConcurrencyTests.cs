using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

public sealed class SqliteConcurrencyTests
{
    private const int Writers = 8;
    private const int SingleWrites = 1_000;
    private const int Batches = 10;
    private const int BatchSize = 100;
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task LogBatch_EightConcurrentWritersWithReaders_LandEveryMetricExactlyOnce()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, None);
        var stores = database.Stores;
        var experiment = await stores.Experiments.CreateAsync("concurrent", "file:///a", [], 1, None);
        var shared = await CreateRunAsync(stores, experiment);
        var own = new RunId[Writers];
        for (var w = 0; w < Writers; w++)
        {
            own[w] = await CreateRunAsync(stores, experiment);
        }
        using var stop = new CancellationTokenSource();
        var readers = Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ReadUntilStoppedAsync(stores, experiment, stop.Token)));

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => WriteAsync(stores, own[w], shared, w)));
        await stop.CancelAsync();
        var reads = await readers;

        for (var w = 0; w < Writers; w++)
        {
            var history = await stores.Runs.GetMetricHistoryAsync(own[w], "single", 10 * SingleWrites, 0, None);
            Assert.Equal(Enumerable.Range(0, SingleWrites).Select(i => (double)i), history.Select(m => m.Value));
        }
        var batched = await stores.Runs.GetMetricHistoryAsync(shared, "batched", 100_000, 0, None);
        Assert.Equal(Writers * Batches * BatchSize, batched.Count);
        Assert.Equal(Writers * Batches * BatchSize, batched.Select(m => (m.Timestamp, m.Value)).Distinct().Count());
        Assert.Equal(new Metric("batched", Writers - 1, Batches * BatchSize, 0), Assert.Single((await stores.Runs.GetAsync(shared, None)).Metrics));
        Assert.All(reads, count => Assert.True(count > 0));
    }

    private static async Task WriteAsync(WorkspaceStores stores, RunId own, RunId shared, int writer)
    {
        for (var i = 0; i < SingleWrites; i++)
        {
            await stores.Runs.LogBatchAsync(own, new RunBatch([new Metric("single", i, i, i)], [], []), None);
            if (i % (SingleWrites / Batches) == 0)
            {
                var offset = i / (SingleWrites / Batches) * BatchSize;
                var metrics = Enumerable.Range(0, BatchSize).Select(k => new Metric("batched", writer, offset + k + 1, 0)).ToList();
                await stores.Runs.LogBatchAsync(shared, new RunBatch(metrics, [], []), None);
            }
        }
    }

    private static async Task<int> ReadUntilStoppedAsync(WorkspaceStores stores, ExperimentId experiment, CancellationToken stop)
    {
        var reads = 0;
        var query = new RunSearchQuery([experiment], null, [new OrderByClause(new FieldRef(FieldKind.Metric, "single"), false)], ViewType.ActiveOnly, 10, 0);
        while (!stop.IsCancellationRequested)
        {
            Assert.Equal(Writers + 1, (await stores.Runs.SearchAsync(query, None)).Count);
            reads++;
            await Task.Yield();
        }
        return reads;
    }

    private static async Task<RunId> CreateRunAsync(WorkspaceStores stores, ExperimentId experiment)
    {
        var id = RunId.New();
        await stores.Runs.CreateAsync(new NewRun(id, experiment, id.Value, "u", 1, "file:///a", []), None);
        return id;
    }
}

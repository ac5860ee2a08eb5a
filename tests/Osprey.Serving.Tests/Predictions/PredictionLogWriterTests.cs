using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Requests;
using Osprey.Core.Serving.Routing;
using Osprey.Serving.Tests.Fixtures;

namespace Osprey.Serving.Tests.Predictions;

public sealed class PredictionLogWriterTests
{
    private static readonly ServedVersion Version = new("churn", 1, ChurnModels.Load(ChurnModels.First), new ValidationPolicy(), new ServingMetrics(new MetricRegistry()));

    [Fact]
    public async Task TryAppend_StoreBlockedAndQueueFull_DropsAndCountsWithoutWaiting()
    {
        var store = new GatedStore();
        await using var writer = new PredictionLogWriter(store, capacityRows: 10);

        var accepted = Enumerable.Range(0, 15).Count(i => writer.TryAppend(Entry($"r{i}")));

        Assert.Equal(10, accepted);
        Assert.Equal(5, writer.DroppedRows);
        store.Open();
        await writer.FlushAsync(CancellationToken.None);
        Assert.Equal(10, writer.WrittenRows);
        Assert.Equal(10, store.Records.Count);
        Assert.True(writer.TryAppend(Entry("after")));
    }

    [Fact]
    public async Task Flush_AfterAppends_WritesOneRecordPerRowWithNamedInputs()
    {
        var store = new GatedStore();
        store.Open();
        await using var writer = new PredictionLogWriter(store, capacityRows: 100);
        var positional = "[1, \"Female\"]"u8.ToArray();
        var inputs = new JsonRowInputs(positional, [(0, positional.Length)], ["tenure", "gender"]);

        writer.TryAppend(new PredictionLogEntry("abc", 42, Version, VersionRole.Canary, inputs, [0.8], 1.5));
        await writer.FlushAsync(CancellationToken.None);

        var record = Assert.Single(store.Records);
        Assert.Equal("{\"tenure\":1,\"gender\":\"Female\"}", record.Inputs);
        Assert.Equal("{\"probability\":0.8}", record.Outputs);
        Assert.Equal("Yes", record.PredictedClass);
        Assert.Equal("canary", record.Role);
        Assert.Equal(42, record.Timestamp);
    }

    [Fact]
    public async Task Store_FailingBatch_CountsLostRowsAndKeepsRunning()
    {
        var store = new GatedStore { Fail = true };
        store.Open();
        await using var writer = new PredictionLogWriter(store, capacityRows: 100);

        writer.TryAppend(Entry("a"));
        await writer.FlushAsync(CancellationToken.None);
        store.Fail = false;
        writer.TryAppend(Entry("b"));
        await writer.FlushAsync(CancellationToken.None);

        Assert.Equal(1, writer.FailedRows);
        Assert.Equal(1, writer.WrittenRows);
        Assert.Equal("disk full", writer.LastError);
    }

    private static PredictionLogEntry Entry(string id)
    {
        var json = "{\"tenure\": 3}"u8.ToArray();
        return new PredictionLogEntry(id, 0, Version, VersionRole.Stable, JsonRowInputs.Single(json, ["tenure"]), [0.25], 0.1);
    }

    private sealed class GatedStore : IPredictionLogStore
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public List<PredictionRecord> Records { get; } = [];

        public bool Fail { get; set; }

        public void Open() => _gate.TrySetResult();

        public async Task AppendAsync(IReadOnlyList<PredictionRecord> records, CancellationToken ct)
        {
            await _gate.Task;
            if (Fail)
            {
                throw new IOException("disk full");
            }
            lock (Records)
            {
                Records.AddRange(records);
            }
        }

        public Task<bool> RecordGroundTruthAsync(GroundTruth truth, CancellationToken ct) => Task.FromResult(false);

        public Task<IReadOnlyList<LoggedPrediction>> ReadAsync(PredictionLogQuery query, CancellationToken ct) => Task.FromResult<IReadOnlyList<LoggedPrediction>>([]);

        public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) => Task.FromResult(0);
    }
}

using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Predictions;
using Osprey.Core.Serving.Requests;
using Osprey.Core.Serving.Routing;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Predictions;

public sealed class PredictionLogWriterTests
{
    private static readonly ServedVersion Version = new("churn", 1, ChurnModels.Load(ChurnModels.First), new ValidationPolicy(), new ServingMetrics(new MetricRegistry()));

    [Fact]
    public async Task TryAppend_StoreBlockedAndQueueFull_DropsAndCountsWithoutWaiting()
    {
        var store = new GatedStore();
        await using var writer = new PredictionLogWriter(store, capacityRows: 10, TimeProvider.System);

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
        await using var writer = new PredictionLogWriter(store, capacityRows: 100, TimeProvider.System);
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
        await using var writer = new PredictionLogWriter(store, capacityRows: 100, TimeProvider.System);

        writer.TryAppend(Entry("a"));
        await writer.FlushAsync(CancellationToken.None);
        store.Fail = false;
        writer.TryAppend(Entry("b"));
        await writer.FlushAsync(CancellationToken.None);

        Assert.Equal(1, writer.FailedRows);
        Assert.Equal(1, writer.WrittenRows);
        Assert.Equal("disk full", writer.LastError);
    }

    [Fact]
    public async Task Loop_FewRows_WritesOnceTheLingerPasses()
    {
        var clock = new ManualTimeProvider();
        var store = new GatedStore();
        store.Open();
        await using var writer = new PredictionLogWriter(store, capacityRows: 100, clock);

        writer.TryAppend(Entry("a"));
        writer.TryAppend(Entry("b"));
        await WaitUntilAsync(() => writer.WrittenRows == 2, () => clock.Advance(PredictionLogWriter.Linger));

        Assert.Equal(["a", "b"], store.Records.Select(r => r.RequestId));
    }

    [Fact]
    public async Task Loop_FullBatch_WritesWithoutWaitingForTheLinger()
    {
        var store = new GatedStore();
        store.Open();
        await using var writer = new PredictionLogWriter(store, capacityRows: 10_000, new ManualTimeProvider());

        for (var i = 0; i < PredictionLogWriter.BatchRows; i++)
        {
            writer.TryAppend(Entry($"r{i}"));
        }

        await WaitUntilAsync(() => writer.WrittenRows == PredictionLogWriter.BatchRows, () => { });
        Assert.Equal(PredictionLogWriter.BatchRows, store.Records.Count);
    }

    [Fact]
    public async Task Loop_RowsArrivingWhileABatchIsBeingWritten_AreWrittenNextInOrderOneWriteAtATime()
    {
        var clock = new ManualTimeProvider();
        var store = new GatedStore();
        await using var writer = new PredictionLogWriter(store, capacityRows: 10_000, clock);
        var ids = Enumerable.Range(0, PredictionLogWriter.BatchRows + 3).Select(i => $"r{i}").ToList();

        foreach (var id in ids.Take(PredictionLogWriter.BatchRows))
        {
            writer.TryAppend(Entry(id));
        }
        await WaitUntilAsync(() => store.Calls == 1, () => { });
        foreach (var id in ids.Skip(PredictionLogWriter.BatchRows))
        {
            writer.TryAppend(Entry(id));
        }
        store.Open();
        // No flush: once the queue is empty the loop finishes the write in flight before it waits, so the counts become current.
        await WaitUntilAsync(() => writer.WrittenRows == ids.Count, () => clock.Advance(PredictionLogWriter.Linger));

        Assert.Equal(ids, store.Records.Select(r => r.RequestId));
        Assert.Equal((2, 1), (store.Calls, store.MostAtOnce));
        Assert.Equal(0, writer.QueuedRows);
    }

    [Fact]
    public async Task TryAppendRow_ManyThreadsAtOnce_WritesEveryRowOnceWithNamedInputs()
    {
        var store = new GatedStore();
        store.Open();
        await using var writer = new PredictionLogWriter(store, capacityRows: 100_000, TimeProvider.System);
        // In the model's feature order: gender, SeniorCitizen, …
        var positional = "[\"Male\", true]"u8.ToArray();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            for (var i = 0; i < 500; i++)
            {
                Assert.True(writer.TryAppendRow($"t{thread}-{i}", 0, 1000 + i, Version, VersionRole.Stable, positional, [0.75], 0.2));
            }
        })));
        await writer.FlushAsync(CancellationToken.None);

        Assert.Equal(4000, writer.WrittenRows);
        Assert.Equal(4000, store.Records.Select(r => r.RequestId).Distinct().Count());
        Assert.All(store.Records, r => Assert.Equal("{\"gender\":\"Male\",\"SeniorCitizen\":true}", r.Inputs));
        Assert.All(store.Records, r => Assert.Equal(("{\"probability\":0.75}", "Yes"), (r.Outputs, r.PredictedClass)));
        Assert.Equal(0, writer.QueuedRows);
    }

    [Fact]
    public async Task TryAppendRow_QueueFullOrRowUnreadable_CountsDroppedAndFailedAndKeepsTheRest()
    {
        var store = new GatedStore();
        await using var writer = new PredictionLogWriter(store, capacityRows: 3, TimeProvider.System);
        var row = "{\"tenure\": 3}"u8.ToArray();

        var broken = writer.TryAppendRow("broken", 0, 1, Version, VersionRole.Stable, "[1, {"u8, [0.5], 0.1);
        var accepted = Enumerable.Range(0, 5).Count(i => writer.TryAppendRow($"r{i}", 0, 2, Version, VersionRole.Canary, row, [0.5], 0.1));
        store.Open();
        await writer.FlushAsync(CancellationToken.None);

        Assert.Equal((false, 3), (broken, accepted));
        Assert.Equal((2L, 1L, 3L), (writer.DroppedRows, writer.FailedRows, writer.WrittenRows));
        Assert.Equal(["r0", "r1", "r2"], store.Records.Select(r => r.RequestId));
        Assert.All(store.Records, r => Assert.Equal("canary", r.Role));
    }

    [Fact]
    public async Task TryAppendRow_AfterTheLogWentIdle_WakesItAgainEachTime()
    {
        var clock = new ManualTimeProvider();
        var store = new GatedStore();
        store.Open();
        await using var writer = new PredictionLogWriter(store, capacityRows: 100, clock);
        var row = "{\"tenure\": 3}"u8.ToArray();

        for (var i = 1; i <= 3; i++)
        {
            writer.TryAppendRow(null, (ulong)i, i, Version, VersionRole.Stable, row, [0.5], 0.1);
            await WaitUntilAsync(() => writer.WrittenRows == i, () => clock.Advance(PredictionLogWriter.Linger));
        }

        Assert.Equal(["0000000000000001", "0000000000000002", "0000000000000003"], store.Records.Select(r => r.RequestId));
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Action nudge)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (!condition())
        {
            nudge();
            await Task.Delay(5, limit.Token);
        }
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

        private int _atOnce;
        private int _mostAtOnce;
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public void Open() => _gate.TrySetResult();

        public async Task AppendAsync(PredictionBatch batch, CancellationToken ct)
        {
            Interlocked.Increment(ref _calls);
            var atOnce = Interlocked.Increment(ref _atOnce);
            InterlockedMax(ref _mostAtOnce, atOnce);
            try
            {
                await _gate.Task;
                Append(batch);
            }
            finally
            {
                Interlocked.Decrement(ref _atOnce);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            var seen = Volatile.Read(ref target);
            while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var previous && previous != seen)
            {
                seen = previous;
            }
        }

        private void Append(PredictionBatch batch)
        {
            if (Fail)
            {
                throw new IOException("disk full");
            }
            lock (Records)
            {
                foreach (var row in batch.Rows)
                {
                    Records.Add(new PredictionRecord(batch.String(row.RequestStart, row.RequestLength), row.Row, row.Timestamp, row.Model, row.Version, row.Role,
                        batch.String(row.InputsStart, row.InputsLength), batch.String(row.OutputsStart, row.OutputsLength), row.PredictedClass, row.LatencyMs));
                }
            }
        }

        public Task<bool> RecordGroundTruthAsync(GroundTruth truth, CancellationToken ct) => Task.FromResult(false);

        public Task<IReadOnlyList<LoggedPrediction>> ReadAsync(PredictionLogQuery query, CancellationToken ct) => Task.FromResult<IReadOnlyList<LoggedPrediction>>([]);

        public Task<int> DeleteBeforeAsync(long timestamp, CancellationToken ct) => Task.FromResult(0);
    }
}

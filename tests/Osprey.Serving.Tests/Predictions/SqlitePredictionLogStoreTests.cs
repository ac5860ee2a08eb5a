using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Predictions;

public sealed class SqlitePredictionLogStoreTests
{
    [Fact]
    public async Task Read_JoinsGroundTruthAndFiltersByVersionTimeAndLabel()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);
        var store = database.Stores.PredictionLog;
        var model = Some.Name("churn");
        await store.AppendAsync(PredictionBatch.From(
        [
            Record("a", 0, 1000, model, 1, "Yes"),
            Record("a", 1, 1000, model, 1, "No"),
            Record("b", 0, 2000, model, 2, "No"),
            Record("b", 0, 2000, model, 3, "Yes", role: "shadow"),
            Record("c", 0, 3000, model, 2, null),
            Record("a", 0, 9999, model, 1, "No"),
        ]), CancellationToken.None);

        var known = await store.RecordGroundTruthAsync(new GroundTruth("a", 1, "Yes", 5000), CancellationToken.None);
        var early = await store.RecordGroundTruthAsync(new GroundTruth("zzz", 0, "No", 5000), CancellationToken.None);
        var all = await store.ReadAsync(new PredictionLogQuery(model), CancellationToken.None);
        var second = await store.ReadAsync(new PredictionLogQuery(model, Version: 2), CancellationToken.None);
        var window = await store.ReadAsync(new PredictionLogQuery(model, From: 1500, To: 3000), CancellationToken.None);
        var labelled = await store.ReadAsync(new PredictionLogQuery(model, LabelledOnly: true), CancellationToken.None);

        Assert.True(known);
        Assert.False(early);
        Assert.Equal(5, all.Count);
        Assert.Equal("Yes", all[0].Prediction.PredictedClass);
        Assert.Null(all[4].Prediction.PredictedClass);
        Assert.DoesNotContain(all, p => p.Prediction.Timestamp == 9999);
        Assert.Equal(["b", "c"], second.Select(p => p.Prediction.RequestId));
        Assert.Equal(["stable", "shadow"], window.Select(p => p.Prediction.Role));
        var truth = Assert.Single(labelled);
        Assert.Equal((1, "Yes"), (truth.Prediction.Row, truth.Truth!.Label));
    }

    [Fact]
    public async Task DeleteBefore_RemovesOldPredictionsAndTheirGroundTruth()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);
        var store = database.Stores.PredictionLog;
        var model = Some.Name("churn");
        // A minute apart: the log stores a batch per model and minute, and deletes a stored batch once all of it is old.
        await store.AppendAsync(PredictionBatch.From([Record("old", 0, 100, model, 1, "No"), Record("new", 0, 90_000, model, 1, "No")]), CancellationToken.None);
        await store.RecordGroundTruthAsync(new GroundTruth("old", 0, "Yes", 150), CancellationToken.None);

        var deleted = await store.DeleteBeforeAsync(60_500, CancellationToken.None);
        var again = await store.RecordGroundTruthAsync(new GroundTruth("old", 0, "Yes", 95_000), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(["new"], (await store.ReadAsync(new PredictionLogQuery(model), CancellationToken.None)).Select(p => p.Prediction.RequestId));
        Assert.False(again);
    }

    [Fact]
    public async Task Read_LimitOutOfRange_IsRefused()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);

        var error = await Assert.ThrowsAsync<Osprey.Core.OspreyException>(() =>
            database.Stores.PredictionLog.ReadAsync(new PredictionLogQuery("m", Limit: 0), CancellationToken.None));

        Assert.Contains("1 to 100000", error.Message);
    }

    [Fact]
    public async Task Read_PagesAfterPosition_ReadEveryRowOnceWhenThousandsShareOneTime()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);
        var store = database.Stores.PredictionLog;
        var model = Some.Name("churn");
        for (var part = 0; part < 3; part++)
        {
            await store.AppendAsync(PredictionBatch.From(Enumerable.Range(0, 2500).Select(i => Record($"r{part}-{i}", 0, 5000, model, 1, "No"))),
                CancellationToken.None);
        }

        var read = new List<LoggedPrediction>();
        PredictionLogPosition? after = null;
        var pages = 0;
        while (true)
        {
            var page = await store.ReadAsync(new PredictionLogQuery(model, From: 5000, To: 5001, Limit: 1000, After: after), CancellationToken.None);
            read.AddRange(page);
            pages++;
            if (page.Count < 1000)
            {
                break;
            }
            after = page[^1].Position;
        }

        Assert.Equal(8, pages);
        Assert.Equal(7500, read.Select(p => p.Prediction.RequestId).Distinct().Count());
        Assert.Equal(7500, read.Count);
        Assert.True(read.Zip(read.Skip(1)).All(pair => pair.Second.Position.IsAfter(pair.First.Position)));
    }

    [Fact]
    public async Task RecordGroundTruth_GeneratedIds_FindsLoggedRowsOnlyAndReadsThemBack()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);
        var store = database.Stores.PredictionLog;
        var model = Some.Name("churn");
        const ulong first = 0x1234_5678_0000_03F0;
        var batch = new PredictionBatch();
        // Ids on both sides of a 1,024-id block boundary, one request with two rows and a shadow of the same row.
        foreach (var (id, row, role) in new[] { (first, 0, "stable"), (first + 0x20, 0, "stable"), (first + 0x20, 1, "stable"), (first + 0x20, 1, "shadow") })
        {
            var text = batch.Append(Osprey.Core.Serving.RequestIdSource.Format(id));
            var inputs = batch.Append("{\"tenure\":3}");
            var outputs = batch.Append("{\"probability\":0.5}");
            batch.Add(new PredictionBatchRow(text.Start, text.Length, row, 7000, model, 1, role, inputs.Start, inputs.Length, outputs.Start, outputs.Length,
                "No", 0.3, id));
        }
        await store.AppendAsync(batch, CancellationToken.None);

        var logged = await store.RecordGroundTruthAsync(new GroundTruth(Osprey.Core.Serving.RequestIdSource.Format(first + 0x20), 1, "Yes", 8000), CancellationToken.None);
        var otherRow = await store.RecordGroundTruthAsync(new GroundTruth(Osprey.Core.Serving.RequestIdSource.Format(first), 1, "Yes", 8000), CancellationToken.None);
        var unknown = await store.RecordGroundTruthAsync(new GroundTruth(Osprey.Core.Serving.RequestIdSource.Format(first + 1), 0, "Yes", 8000), CancellationToken.None);
        var all = await store.ReadAsync(new PredictionLogQuery(model), CancellationToken.None);

        Assert.Equal((true, false, false), (logged, otherRow, unknown));
        Assert.Equal(4, all.Count);
        Assert.Equal(["Yes", "Yes"], all.Where(p => p.Truth is not null).Select(p => p.Truth!.Label));
        Assert.Equal(["stable", "shadow"], all.Where(p => p.Truth is not null).Select(p => p.Prediction.Role));
    }

    [Fact]
    public async Task Append_GivenIdAlreadyLoggedInAnEarlierBatch_IsLeftOut()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);
        var store = database.Stores.PredictionLog;
        var model = Some.Name("churn");
        await store.AppendAsync(PredictionBatch.From([Record("retry", 0, 1000, model, 1, "No")]), CancellationToken.None);

        await store.AppendAsync(PredictionBatch.From([Record("retry", 0, 200_000, model, 1, "Yes"), Record("retry", 0, 200_000, model, 2, "Yes", role: "shadow")]),
            CancellationToken.None);
        var all = await store.ReadAsync(new PredictionLogQuery(model), CancellationToken.None);

        Assert.Equal([("stable", 1000L), ("shadow", 200_000L)], all.Select(p => (p.Prediction.Role, p.Prediction.Timestamp)));
    }

    [Fact]
    public async Task Read_RowsSharingATime_ComeInGeneratedIdOrderWhateverTheBatchOrder()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);
        var store = database.Stores.PredictionLog;
        var model = Some.Name("churn");
        var batch = new PredictionBatch();
        // As rows formatted on two threads reach one batch: each thread's rows in order, the threads one after the other.
        foreach (var id in new ulong[] { 2, 4, 6, 1, 3, 5 })
        {
            var text = batch.Append(Osprey.Core.Serving.RequestIdSource.Format(id));
            var inputs = batch.Append("{}");
            batch.Add(new PredictionBatchRow(text.Start, text.Length, 0, 7000, model, 1, "stable", inputs.Start, inputs.Length, inputs.Start, inputs.Length,
                null, 0.1, id));
        }

        await store.AppendAsync(batch, CancellationToken.None);
        var read = await store.ReadAsync(new PredictionLogQuery(model), CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 6).Select(i => Osprey.Core.Serving.RequestIdSource.Format((ulong)i)), read.Select(p => p.Prediction.RequestId));
    }

    private static PredictionRecord Record(string id, int row, long time, string model, int version, string? predicted, string role = "stable") =>
        new(id, row, time, model, version, role, "{\"tenure\":1}", "{\"probability\":0.5}", predicted, 0.2);
}

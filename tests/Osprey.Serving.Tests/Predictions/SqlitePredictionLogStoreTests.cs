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
        await store.AppendAsync(PredictionBatch.From([Record("old", 0, 100, model, 1, "No"), Record("new", 0, 900, model, 1, "No")]), CancellationToken.None);
        await store.RecordGroundTruthAsync(new GroundTruth("old", 0, "Yes", 150), CancellationToken.None);

        var deleted = await store.DeleteBeforeAsync(500, CancellationToken.None);
        var again = await store.RecordGroundTruthAsync(new GroundTruth("old", 0, "Yes", 950), CancellationToken.None);

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

    private static PredictionRecord Record(string id, int row, long time, string model, int version, string? predicted, string role = "stable") =>
        new(id, row, time, model, version, role, "{\"tenure\":1}", "{\"probability\":0.5}", predicted, 0.2);
}

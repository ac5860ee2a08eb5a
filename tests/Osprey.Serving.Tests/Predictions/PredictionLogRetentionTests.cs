using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Predictions;

public sealed class PredictionLogRetentionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_ThirtyDays_DeletesOlderPredictionsAndGroundTruthOnly()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);
        var store = database.Stores.PredictionLog;
        var model = Some.Name("churn");
        var clock = new ManualTimeProvider(Start);
        var old = Start.AddDays(-31).ToUnixTimeMilliseconds();
        var recent = Start.AddDays(-29).ToUnixTimeMilliseconds();
        await store.AppendAsync(PredictionBatch.From([Record("old", old, model), Record("recent", recent, model)]), CancellationToken.None);
        await store.RecordGroundTruthAsync(new GroundTruth("old", 0, "Yes", old), CancellationToken.None);
        await store.RecordGroundTruthAsync(new GroundTruth("orphan", 0, "No", old), CancellationToken.None);
        await store.RecordGroundTruthAsync(new GroundTruth("recent", 0, "No", recent), CancellationToken.None);
        await using var retention = new PredictionLogRetention(store, TimeSpan.FromDays(30), clock);

        var deleted = await retention.SweepAsync(CancellationToken.None);

        var left = await store.ReadAsync(new PredictionLogQuery(model), CancellationToken.None);
        Assert.Equal(1, deleted);
        Assert.Equal("recent", Assert.Single(left).Prediction.RequestId);
        Assert.Equal("No", left[0].Truth?.Label);
        Assert.False(await store.RecordGroundTruthAsync(new GroundTruth("old", 0, "Yes", recent), CancellationToken.None));
    }

    [Fact]
    public async Task Start_ClockPassesAnInterval_SweepsAgainWithTheNewCutoff()
    {
        using var home = new TempDirectory();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), CancellationToken.None);
        var store = database.Stores.PredictionLog;
        var model = Some.Name("churn");
        var clock = new ManualTimeProvider(Start);
        await store.AppendAsync(PredictionBatch.From([Record("a", Start.AddHours(-30).ToUnixTimeMilliseconds(), model),
            Record("b", Start.AddMinutes(-(23 * 60) - 30).ToUnixTimeMilliseconds(), model)]), CancellationToken.None);
        await using var retention = new PredictionLogRetention(store, TimeSpan.FromDays(1), clock);

        retention.Start();
        await retention.WhenSweptAsync(1);
        var afterFirst = await store.ReadAsync(new PredictionLogQuery(model), CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(1));
        await retention.WhenSweptAsync(2);
        var afterSecond = await store.ReadAsync(new PredictionLogQuery(model), CancellationToken.None);

        Assert.Equal(TimeSpan.FromHours(1), retention.Interval);
        Assert.Equal(["b"], afterFirst.Select(p => p.Prediction.RequestId));
        Assert.Empty(afterSecond);
        Assert.Equal(2, retention.DeletedRows);
    }

    private static PredictionRecord Record(string id, long timestamp, string model) =>
        new(id, 0, timestamp, model, 1, "stable", "{\"tenure\":1}", "{\"probability\":0.5}", "No", 0.1);
}

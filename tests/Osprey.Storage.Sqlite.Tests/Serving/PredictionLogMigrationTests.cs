using Microsoft.Data.Sqlite;
using Osprey.Core.Serving.Predictions;
using Osprey.Storage.Sqlite.Schema;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Serving;

public sealed class PredictionLogMigrationTests
{
    [Fact]
    public async Task Open_SchemaEightLogWithRows_MovesEveryRowIntoBatchesAndKeepsItsIdsAndGroundTruth()
    {
        using var folder = new TempFolder();
        var before = SchemaMigration.Embedded.Where(m => m.Version <= 8).ToList();
        await (await SqliteStores.OpenAsync(folder.Database, before, CancellationToken.None)).DisposeAsync();
        using (var connection = new SqliteConnection($"Data Source={folder.Database}"))
        {
            connection.Open();
            using var insert = connection.CreateCommand();
            insert.CommandText =
                "INSERT INTO prediction_log (request_id, row, timestamp, model_name, model_version, role, inputs, outputs, predicted_class, latency_ms) VALUES " +
                "('r1', 0, 1000, 'churn', 1, 'stable', '{\"tenure\":1}', '{\"probability\":0.25}', 'No', 0.5), " +
                "('r1', 1, 1000, 'churn', 1, 'stable', '{\"tenure\":2}', '{\"probability\":0.75}', 'Yes', 0.5), " +
                "('r2', 0, 65000, 'churn', 2, 'canary', '{\"tenure\":3}', '{\"value\":4.5}', NULL, 0.7), " +
                "('r3', 0, 2000, 'other', 1, 'stable', '{\"x\":\"a\"}', '{\"value\":1}', NULL, 0.1);" +
                "INSERT INTO prediction_ground_truth (request_id, row, label, timestamp) VALUES ('r1', 1, 'Yes', 3000);";
            insert.ExecuteNonQuery();
        }

        await using var database = await SqliteStores.OpenAsync(folder.Database, CancellationToken.None);
        var log = database.Stores.PredictionLog;
        var churn = await log.ReadAsync(new PredictionLogQuery("churn"), CancellationToken.None);
        var repeat = PredictionBatch.From([new PredictionRecord("r1", 0, 70_000, "churn", 1, "stable", "{}", "{}", null, 1)]);
        await log.AppendAsync(repeat, CancellationToken.None);
        var logged = await log.RecordGroundTruthAsync(new GroundTruth("r2", 0, "5", 80_000), CancellationToken.None);

        Assert.Equal([("r1", 0), ("r1", 1), ("r2", 0)], churn.Select(p => (p.Prediction.RequestId, p.Prediction.Row)));
        Assert.Equal(new PredictionRecord("r1", 1, 1000, "churn", 1, "stable", "{\"tenure\":2}", "{\"probability\":0.75}", "Yes", 0.5), churn[1].Prediction);
        Assert.Equal("Yes", churn[1].Truth?.Label);
        Assert.Equal(("canary", (string?)null, "{\"value\":4.5}"), (churn[2].Prediction.Role, churn[2].Prediction.PredictedClass, churn[2].Prediction.Outputs));
        Assert.Single(await log.ReadAsync(new PredictionLogQuery("other"), CancellationToken.None));
        Assert.Equal(3, (await log.ReadAsync(new PredictionLogQuery("churn"), CancellationToken.None)).Count);
        Assert.True(logged);
        Assert.Equal(0, RawDatabase.Scalar(folder.Database, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'prediction_log'"));
    }
}

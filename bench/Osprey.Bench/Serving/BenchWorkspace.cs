using System.Globalization;
using System.Text.Json.Nodes;
using Osprey.Core;
using Osprey.Core.Artifacts;
using Osprey.Core.Data;
using Osprey.Core.Learning.Models;
using Osprey.Core.Learning.Training;
using Osprey.Core.Security;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite;

namespace Osprey.Bench.Serving;

/// <summary>Prepares the benchmark's workspace: a GBDT churn model trained like the peer's (100 trees, depth at most 6, at most 31 leaves), registered as <c>churn@champion</c>, and the request bodies.</summary>
internal static class BenchWorkspace
{
    public const string Model = "churn";

    /// <summary>Trains, logs and registers the model in a new workspace at <paramref name="home"/>.</summary>
    public static async Task RegisterAsync(string home, string csvPath, int trees)
    {
        var table = CsvTableReader.Read(csvPath);
        // Every row trains, as the peer's model does; without a validation split no early stopping cuts the trees short.
        var request = new TrainingRequest("Churn")
        {
            Split = new SplitOptions { ValidationFraction = 0, TestFraction = 0 },
            Parameters = new Dictionary<string, string>
            {
                ["trees"] = trees.ToString(CultureInfo.InvariantCulture), ["learning_rate"] = "0.1", ["growth"] = "depthwise", ["max_depth"] = "6", ["max_leaves"] = "31",
            },
        };
        var model = ModelTrainer.Train(table, request).Model;
        using var file = new MemoryStream();
        ModelFile.Save(model, file);
        var options = new WorkspaceOptions(home);
        await using var database = await SqliteStores.OpenAsync(options.DatabasePath, CancellationToken.None);
        var workspace = new Workspace(database.Stores, new LocalArtifactStore(options.ArtifactsPath), TimeProvider.System, new FixedCallerIdentity("bench"));
        var run = await workspace.Runs.CreateAsync(new CreateRunRequest("0", "churn-gbdt"), CancellationToken.None);
        var runId = run.Info.RunId.Value;
        file.Position = 0;
        await workspace.RunArtifacts.WriteAsync(runId, "model/model.json", file, long.MaxValue, CancellationToken.None);
        await workspace.Models.CreateAsync(Model, null, null, CancellationToken.None);
        await workspace.Versions.CreateAsync(Model, $"runs:/{runId}/model", runId, null, null, CancellationToken.None);
        await workspace.Aliases.SetAsync(Model, "champion", "1", null, CancellationToken.None);
        var trained = model.Predictor is Osprey.Core.Learning.TreeEnsemblePredictor forest ? forest.Ensemble.Trees.Count : 0;
        Console.WriteLine($"registered {Model} version 1: {trained} trees, {model.Encoder.Columns.Count} features");
    }

    /// <summary>Returns row <paramref name="row"/> of the CSV as named features: numbers as JSON numbers, the rest as text (the same body both servers get).</summary>
    public static JsonObject Features(Table table, int row)
    {
        var features = new JsonObject();
        foreach (var column in table.Columns.Where(c => c.Name is not ("customerID" or "Churn")))
        {
            features[column.Name] = column.IsMissing(row) ? null
                : column is NumericColumn { Kind: ColumnKind.Numeric or ColumnKind.Integer } numbers ? JsonValue.Create(numbers.Values[row])
                : JsonValue.Create(column.Format(row));
        }
        return features;
    }
}

using System.Text.Json;
using Osprey.Core.Tracking;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Learning;

public sealed class TrainCommandTests
{
    [Fact]
    public async Task Train_TelcoWithFewTrees_LogsParamsCurveMetricsDataSetArtifactsAndRegisters()
    {
        using var cli = new CliRunner();
        var experiment = Some.Name("churn");
        var model = Some.Name("churn-model");

        var output = (await cli.SucceedAsync(LearningFiles.QuickTrain("--experiment", experiment, "--register", model, "--alias", "champion", "--json"))).Json();

        var runId = output.GetProperty("run_id").GetString()!;
        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var run = await workspace.RunAsync(runId);
        Assert.Equal(RunStatus.Finished, run.Info.Status);
        var parameters = run.Params.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(("gbdt", "12", "4", "0.1"), (parameters["learner"], parameters["trees"], parameters["max_depth"], parameters["learning_rate"]));
        Assert.Equal(("stratified", "Churn", "42", "0.2"), (parameters["split_strategy"], parameters["split_column"], parameters["split_seed"], parameters["split_test_fraction"]));
        var metrics = run.Metrics.ToDictionary(m => m.Key, m => m.Value);
        string[] expected = ["accuracy", "precision", "recall", "f1", "roc_auc", "pr_auc", "log_loss", "brier", "best_f1_threshold"];
        Assert.All(expected, name => Assert.InRange(metrics["test_" + name], 0, 1));
        Assert.True(metrics["test_roc_auc"] > 0.8, $"roc_auc {metrics["test_roc_auc"]}");
        var curve = await workspace.HistoryAsync(runId, "validation_log_loss");
        Assert.Equal(Enumerable.Range(1, curve.Count).Select(i => (long)i), curve.Select(m => m.Step));
        Assert.InRange(curve.Count, 1, 12);
        Assert.True(curve.Zip(curve.Skip(1)).All(p => p.First.Timestamp < p.Second.Timestamp), "timestamps must increase with the steps");
        var tags = run.Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal("gbdt", tags["osprey.model.type"]);
        Assert.Equal(LearningFiles.Telco, tags["osprey.data.path"]);

        var input = Assert.Single(run.Inputs);
        Assert.Equal(("telco-churn", "training"), (input.Dataset.Name, input.Tags.Single(t => t.Key == "mlflow.data.context").Value));
        Assert.StartsWith(input.Dataset.Digest, output.GetProperty("data").GetProperty("digest").GetString(), StringComparison.Ordinal);
        using var profile = JsonDocument.Parse(input.Dataset.Profile!);
        Assert.Equal(7043, profile.RootElement.GetProperty("num_rows").GetInt32());
        var missing = Assert.Single(profile.RootElement.GetProperty("missing").EnumerateArray());
        Assert.Equal(("TotalCharges", 11), (missing.GetProperty("column").GetString(), missing.GetProperty("missing").GetInt32()));
        Assert.Contains("\"name\":\"customerID\"", input.Dataset.Schema, StringComparison.Ordinal);

        using var importance = JsonDocument.Parse(await workspace.TextAsync(runId, "feature_importance.json"));
        var gains = importance.RootElement.EnumerateArray().Select(e => (Feature: e.GetProperty("feature").GetString(), Gain: e.GetProperty("gain").GetDouble(), Share: e.GetProperty("share").GetDouble())).ToList();
        Assert.Equal(gains.OrderByDescending(g => g.Gain).Select(g => g.Feature), gains.Select(g => g.Feature));
        Assert.Equal(1, gains.Sum(g => g.Share), 6);
        Assert.Contains("flavors:", await workspace.TextAsync(runId, "model/MLmodel"), StringComparison.Ordinal);
        using var evaluation = JsonDocument.Parse(await workspace.TextAsync(runId, "evaluation.json"));
        Assert.Equal(metrics["test_f1"], evaluation.RootElement.GetProperty("test").GetProperty("metrics").GetProperty("f1").GetDouble());
        var trained = await workspace.ModelAsync(runId);
        Assert.Equal(["No", "Yes"], trained.Info.Classes);
        Assert.Equal(runId, trained.Info.Metadata["run_id"]);

        var version = await workspace.Connection.Versions.ResolveAsync($"models:/{model}@champion", default);
        Assert.Equal((1, $"runs:/{runId}/model", runId), (version.Version, version.Source, version.RunId));
        Assert.Equal("1", output.GetProperty("registered_model").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Train_GateBelowThreshold_ExitsFourMarksTheRunAndRegistersNothing()
    {
        using var cli = new CliRunner();
        var model = Some.Name("gated");

        var result = await cli.RunAsync(LearningFiles.QuickTrain("--register", model, "--min-metric", "f1=0.99"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches(@"f1 = 0\.\d+ is below the minimum 0\.99", line);
        Assert.Contains("nothing was registered", line, StringComparison.Ordinal);
        var runId = System.Text.RegularExpressions.Regex.Match(line, "run ([0-9a-f]{32})").Groups[1].Value;
        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var run = await workspace.RunAsync(runId);
        Assert.Equal(RunStatus.Failed, run.Info.Status);
        Assert.Equal("failed", run.Tags.Single(t => t.Key == "osprey.gate").Value);
        Assert.Equal(ExitCodes.NotFound, (await cli.RunAsync("models", "show", model)).ExitCode);
    }

    [Fact]
    public async Task Train_GatePassed_TagsTheRunAndRegisters()
    {
        using var cli = new CliRunner();
        var model = Some.Name("passed");

        var output = (await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model, "--min-metric", "roc_auc=0.6", "--max-metric", "log_loss=0.9", "--json"))).Json();

        Assert.True(output.GetProperty("gate").GetProperty("passed").GetBoolean());
        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var run = await workspace.RunAsync(output.GetProperty("run_id").GetString()!);
        Assert.Equal("passed", run.Tags.Single(t => t.Key == "osprey.gate").Value);
        Assert.Equal(1, (await workspace.Connection.Versions.ResolveAsync($"models:/{model}/latest", default)).Version);
    }

    [Fact]
    public async Task Train_RandomForestWithSeedAndTimeSplit_RecordsTheSplitAndHasNoCurve()
    {
        using var folder = new TempDirectory();
        var data = Path.Combine(folder.Path, "dated.csv");
        File.WriteAllLines(data, ["day,x,label", .. Enumerable.Range(0, 60).Select(i => $"2026-01-{i % 28 + 1:00},{i % 7},{(i % 7 > 3 ? "yes" : "no")}")]);
        using var cli = new CliRunner();

        var output = (await cli.SucceedAsync("train", "--data", data, "--target", "label", "--model", "random_forest", "--param", "trees=5",
            "--split", "time:day", "--seed", "7", "--json")).Json();

        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var run = await workspace.RunAsync(output.GetProperty("run_id").GetString()!);
        var parameters = run.Params.ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(("random_forest", "time", "day", "7", "7"), (parameters["learner"], parameters["split_strategy"], parameters["split_column"], parameters["split_seed"], parameters["seed"]));
        Assert.DoesNotContain(run.Metrics, m => m.Key.StartsWith("validation_", StringComparison.Ordinal));
        Assert.Contains(run.Metrics, m => m.Key == "test_accuracy");
    }
}

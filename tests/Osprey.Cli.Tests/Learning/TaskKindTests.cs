using System.Globalization;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Learning;

public sealed class TaskKindTests
{
    [Fact]
    public async Task TrainAndPredict_NumericTarget_LogRmseCurveRegressionMetricsAndAPredictionColumn()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("charges");

        var output = (await cli.SucceedAsync("train", "--data", LearningFiles.Telco, "--target", "MonthlyCharges", "--exclude", "TotalCharges",
            "--param", "trees=8", "--param", "threads=2", "--register", model, "--max-metric", "rmse=1000", "--json")).Json();
        await cli.SucceedAsync("predict", "--model", $"models:/{model}/1", "--data", LearningFiles.TelcoLines(folder.Path, "few.csv", 2, 3, 4), "--out", folder.File("out.csv"));

        Assert.Equal("regression", output.GetProperty("task").GetString());
        var metrics = output.GetProperty("test_metrics");
        Assert.Equal(["mae", "mape", "r2", "rmse"], metrics.EnumerateObject().Select(p => p.Name).Order());
        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var runId = output.GetProperty("run_id").GetString()!;
        Assert.Equal(8, (await workspace.HistoryAsync(runId, "validation_rmse")).Count);
        Assert.Equal("random", (await workspace.RunAsync(runId)).Params.Single(p => p.Key == "split_strategy").Value);
        var lines = File.ReadAllLines(folder.File("out.csv"));
        Assert.Equal("customerID,prediction", lines[0]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task TrainEvaluatePredict_ThreeClassTarget_GiveAProbabilityPerClassAndAThreeByThreeMatrix()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("contract");
        await cli.SucceedAsync("train", "--data", LearningFiles.Telco, "--target", "Contract", "--param", "trees=5", "--param", "threads=2", "--register", model);

        var evaluation = (await cli.SucceedAsync("evaluate", "--model", $"models:/{model}/1", "--data", LearningFiles.Telco, "--part", "test", "--json")).Json();
        await cli.SucceedAsync("predict", "--model", $"models:/{model}/1", "--data", LearningFiles.Telco, "--out", folder.File("out.csv"));

        Assert.Equal(3, evaluation.GetProperty("confusion_matrix").GetArrayLength());
        Assert.True(evaluation.GetProperty("metrics").TryGetProperty("f1_macro", out _));
        var lines = File.ReadAllLines(folder.File("out.csv"));
        Assert.Equal("customerID,prediction,probability_Month-to-month,probability_One year,probability_Two year", lines[0]);
        var first = lines[1].Split(',');
        Assert.Equal(1, first.Skip(2).Sum(p => double.Parse(p, CultureInfo.InvariantCulture)), 9);
        Assert.Contains(first[1], (string[])["Month-to-month", "One year", "Two year"]);
    }
}

using Osprey.TestKit;

namespace Osprey.Cli.Tests.Learning;

public sealed class EvaluateCommandTests
{
    [Fact]
    public async Task Evaluate_TestPartThroughAlias_EqualsTheTrainingRunsTestMetrics()
    {
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        var runId = (await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model, "--alias", "champion", "--json"))).Json().GetProperty("run_id").GetString()!;

        var output = (await cli.SucceedAsync("evaluate", "--model", $"models:/{model}@champion", "--data", LearningFiles.Telco, "--part", "test", "--json")).Json();

        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var logged = (await workspace.RunAsync(runId)).Metrics.Where(m => m.Key.StartsWith("test_", StringComparison.Ordinal))
            .ToDictionary(m => m.Key["test_".Length..], m => m.Value);
        var evaluated = output.GetProperty("metrics").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(logged.OrderBy(p => p.Key), evaluated.OrderBy(p => p.Key));
        Assert.Equal(1409, output.GetProperty("rows").GetInt32());
        var confusion = output.GetProperty("confusion_matrix").EnumerateArray().SelectMany(r => r.EnumerateArray()).Sum(n => n.GetInt64());
        Assert.Equal(1409, confusion);
        Assert.Equal(runId, output.GetProperty("run_id").GetString());
    }

    [Fact]
    public async Task Evaluate_AllRowsWithTable_PrintsMetricsAndConfusionMatrix()
    {
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model));

        var result = await cli.SucceedAsync("evaluate", "--model", $"models:/{model}/1", "--data", LearningFiles.Telco, "--threshold", "0.3");

        Assert.Contains("7,043 rows", result.Output, StringComparison.Ordinal);
        Assert.Contains("roc_auc", result.Output, StringComparison.Ordinal);
        Assert.Contains("Confusion matrix at threshold 0.3", result.Output, StringComparison.Ordinal);
        Assert.Contains("actual \\ predicted", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_GateFails_ExitsFourWithOneLineNamingMetricValueAndThreshold()
    {
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model));

        var result = await cli.RunAsync("evaluate", "--model", $"models:/{model}/latest", "--data", LearningFiles.Telco, "--max-metric", "log_loss=0.01");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Matches(@"^error: the gate failed: log_loss = 0\.\d+ is above the maximum 0\.01\.$", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Evaluate_LogToRun_AddsEvalMetricsAndTheDataSetToTheModelsRun()
    {
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        var runId = (await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model, "--json"))).Json().GetProperty("run_id").GetString()!;

        await cli.SucceedAsync("evaluate", "--model", $"models:/{model}/1", "--data", LearningFiles.Telco, "--part", "validation", "--log-to-run");

        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var run = await workspace.RunAsync(runId);
        Assert.Contains(run.Metrics, m => m.Key == "eval_roc_auc");
        Assert.Contains(run.Inputs, i => i.Tags.Any(t => t.Key == "mlflow.data.context" && t.Value == "evaluation") && i.Dataset.Profile!.Contains("\"num_rows\":704", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Evaluate_TestPartOfOtherData_RefusesBecauseTheSplitCannotBeRecreated()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model));
        var other = LearningFiles.TelcoLines(folder.Path, "other.csv", Enumerable.Range(2, 50).ToArray());

        var result = await cli.RunAsync("evaluate", "--model", $"models:/{model}/1", "--data", other, "--part", "test");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("differs from the data the model was trained on", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_UnknownModel_ExitsNotFound()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("evaluate", "--model", $"models:/{Some.Name("absent")}@champion", "--data", LearningFiles.Telco);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}

using Osprey.Cli.Tests.Learning;

namespace Osprey.Cli.Tests.Pipelines.Learning;

/// <summary>The bundled churn pipeline (examples/churn/pipeline.yaml) run with <c>osprey run</c> on real worker processes in a fresh workspace.</summary>
public sealed class ChurnPipelineTests
{
    private static string ChurnChecks =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(LearningFiles.Telco)!, "..", "examples", "churn", "checks.yaml"));

    [Fact]
    public async Task Run_ChurnExample_RegistersAChampionAndScoresEveryRow()
    {
        using var cli = new CliRunner();
        var example = Path.Combine(Path.GetDirectoryName(LearningFiles.Telco)!, "..", "examples", "churn", "pipeline.yaml");
        var notifications = Path.Combine(cli.Home, "notifications.log");

        var result = await cli.RunAsync("run", Path.GetFullPath(example), "--param", $"data={LearningFiles.Telco}", "--param", $"checks={ChurnChecks}", "--param", $"notify_to=file:{notifications}");
        var model = (await cli.SucceedAsync("models", "show", "churn-model", "--json")).Json().GetProperty("registered_model");
        var predictions = Directory.GetFiles(Path.Combine(cli.Home, "predictions", "churn"), "part-00000.csv", SearchOption.AllDirectories);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(("champion", "1"), (model.GetProperty("aliases")[0].GetProperty("alias").GetString(), model.GetProperty("aliases")[0].GetProperty("version").GetString()));
        var lines = File.ReadAllLines(Assert.Single(predictions));
        Assert.Equal(7_043, lines.Length - 1);
        Assert.StartsWith("customerID,prediction,probability_No,probability_Yes", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("promoted=true", File.ReadAllText(notifications), StringComparison.Ordinal);
        Assert.Contains("scored 7043 rows", File.ReadAllText(notifications), StringComparison.Ordinal);
    }
}

using System.Globalization;
using Osprey.Core.Data;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Learning;

public sealed class PredictCommandTests
{
    [Fact]
    public async Task Predict_ThroughAlias_WritesIdsPredictionsAndProbabilitiesEqualToTheInProcessModel()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        var runId = (await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model, "--alias", "champion", "--json"))).Json().GetProperty("run_id").GetString()!;
        var output = folder.File("scores.csv");

        var result = await cli.SucceedAsync("predict", "--model", $"models:/{model}@champion", "--data", LearningFiles.Telco, "--out", output, "--batch-size", "1000");

        Assert.Contains("7,043 rows", result.Output, StringComparison.Ordinal);
        Assert.Contains("rows/s", result.Output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(output);
        Assert.Equal("customerID,prediction,probability_No,probability_Yes", lines[0]);
        Assert.Equal(7044, lines.Length);
        await using var workspace = await WorkspaceView.OpenAsync(cli);
        var trained = await workspace.ModelAsync(runId);
        var input = CsvTableReader.Read(LearningFiles.Telco);
        var expected = trained.Predict(input);
        var ids = input["customerID"];
        for (var row = 0; row < input.RowCount; row++)
        {
            var fields = lines[row + 1].Split(',');
            Assert.Equal(ids.Format(row), fields[0]);
            Assert.Equal(expected[row] >= 0.5 ? "Yes" : "No", fields[1]);
            Assert.Equal(expected[row], double.Parse(fields[3], CultureInfo.InvariantCulture));
            Assert.Equal(1 - expected[row], double.Parse(fields[2], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Predict_UnknownCategoryAndMissingValues_ScoresThemAsMissingAndSaysSo()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model));
        var data = LearningFiles.TelcoLines(folder.Path, "new.csv", 2, 3);
        File.AppendAllText(data, "9999-NEWCO,Female,0,Yes,No,5,Yes,No,DSL,No,Yes,No,No,No,No,Two decades,Yes,Electronic check,NaN,,No\n");

        var result = await cli.SucceedAsync("predict", "--model", $"models:/{model}/1", "--data", data, "--out", folder.File("out.csv"));

        Assert.Contains("category of 'Contract' the model never saw", result.Output, StringComparison.Ordinal);
        var last = File.ReadAllLines(folder.File("out.csv"))[^1].Split(',');
        Assert.Equal("9999-NEWCO", last[0]);
        Assert.InRange(double.Parse(last[3], CultureInfo.InvariantCulture), 0, 1);
    }

    [Fact]
    public async Task Predict_MalformedValue_NamesFileAndLineAndWritesNothing()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model));
        var data = LearningFiles.TelcoLines(folder.Path, "bad.csv", 2, 3, 4);
        File.AppendAllText(data, "\n1234-ABCD,Female,0,Yes,No,forty,No,No phone service,DSL,No,Yes,No,No,No,No,Month-to-month,Yes,Electronic check,29.85,29.85,No\n");

        var result = await cli.RunAsync("predict", "--model", $"models:/{model}/1", "--data", data, "--out", folder.File("out.csv"), "--batch-size", "2");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("bad.csv line 6", line, StringComparison.Ordinal);
        Assert.Contains("'tenure'", line, StringComparison.Ordinal);
        Assert.Contains("'forty'", line, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder.Path, "out.csv*"));
    }

    [Fact]
    public async Task Predict_DataWithoutAModelColumn_NamesTheColumn()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model));
        var data = folder.File("narrow.csv");
        File.WriteAllLines(data, ["customerID,tenure", "A-1,3", "A-2,40"]);

        var result = await cli.RunAsync("predict", "--model", $"models:/{model}/1", "--data", data, "--out", folder.File("out.csv"));

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("'Contract'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Predict_LocalModelFileWithoutIdentifiers_NumbersTheRows()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var runId = (await cli.SucceedAsync(LearningFiles.QuickTrain("--json"))).Json().GetProperty("run_id").GetString()!;
        var modelFile = folder.File("model.json");
        await using (var workspace = await WorkspaceView.OpenAsync(cli))
        {
            await File.WriteAllTextAsync(modelFile, await workspace.TextAsync(runId, "model/model.json"));
        }
        var data = folder.File("anonymous.csv");
        File.WriteAllLines(data, File.ReadLines(LearningFiles.Telco).Take(4).Select(l => l[(l.IndexOf(',', StringComparison.Ordinal) + 1)..]));

        await cli.SucceedAsync("predict", "--model", modelFile, "--data", data, "--out", folder.File("out.csv"));
        await cli.SucceedAsync("predict", "--model", modelFile, "--data", data, "--out", folder.File("kept.csv"), "--keep", "gender");

        var lines = File.ReadAllLines(folder.File("out.csv"));
        Assert.Equal("row,prediction,probability_No,probability_Yes", lines[0]);
        Assert.Equal(["1", "2", "3"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal("gender,prediction,probability_No,probability_Yes", File.ReadLines(folder.File("kept.csv")).First());
    }

    [Fact]
    public async Task Predict_RunsUriAndModelFolder_GiveTheSameScoresAsTheRegistry()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        var runId = (await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model, "--json"))).Json().GetProperty("run_id").GetString()!;
        var data = LearningFiles.TelcoLines(folder.Path, "few.csv", 2, 3, 4, 5, 6);
        var modelFolder = Directory.CreateDirectory(folder.File("exported")).FullName;
        await using (var workspace = await WorkspaceView.OpenAsync(cli))
        {
            await File.WriteAllTextAsync(Path.Combine(modelFolder, "model.json"), await workspace.TextAsync(runId, "model/model.json"));
        }

        await cli.SucceedAsync("predict", "--model", $"models:/{model}/1", "--data", data, "--out", folder.File("registry.csv"));
        await cli.SucceedAsync("predict", "--model", $"runs:/{runId}/model", "--data", data, "--out", folder.File("run.csv"));
        await cli.SucceedAsync("predict", "--model", modelFolder, "--data", data, "--out", folder.File("folder.csv"));

        var expected = File.ReadAllText(folder.File("registry.csv"));
        Assert.Equal(expected, File.ReadAllText(folder.File("run.csv")));
        Assert.Equal(expected, File.ReadAllText(folder.File("folder.csv")));
        Assert.Equal(6, expected.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Predict_OutputOverTheInputOrInAMissingFolder_IsRefusedBeforeScoring()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("churn-model");
        await cli.SucceedAsync(LearningFiles.QuickTrain("--register", model));
        var data = LearningFiles.TelcoLines(folder.Path, "in.csv", 2, 3);
        var before = File.ReadAllText(data);

        var over = await cli.RunAsync("predict", "--model", $"models:/{model}/1", "--data", data, "--out", data);
        var missing = await cli.RunAsync("predict", "--model", $"models:/{model}/1", "--data", data, "--out", folder.File("absent/out.csv"));

        Assert.Equal(ExitCodes.InvalidInput, over.ExitCode);
        Assert.Contains("is the input file", Assert.Single(over.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(data));
        Assert.Equal(ExitCodes.NotFound, missing.ExitCode);
        Assert.Contains("output folder", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);
    }
}

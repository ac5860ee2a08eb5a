using System.Globalization;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Learning;

public sealed class ImportTests
{
    [Fact]
    public async Task Train_XgboostJson_RegistersAModelThatPredictsLikeXgboost()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("from-python");
        var fixture = Path.Combine(LearningFiles.XgboostFixtures, "binary.model.json");

        var output = (await cli.SucceedAsync("train", "--model", "xgboost-json", "--xgboost-model", fixture, "--experiment", "imports",
            "--register", model, "--alias", "champion", "--json")).Json();
        await cli.SucceedAsync("predict", "--model", $"models:/{model}@champion", "--data", Path.Combine(LearningFiles.XgboostFixtures, "binary.inputs.csv"),
            "--out", folder.File("scores.csv"));

        Assert.Equal("xgboost", output.GetProperty("learner").GetString());
        var expected = File.ReadAllLines(Path.Combine(LearningFiles.XgboostFixtures, "binary.expected.csv")).Skip(1).Select(Number).ToList();
        var actual = File.ReadAllLines(folder.File("scores.csv")).Skip(1).Select(l => Number(l.Split(',')[^1])).ToList();
        Assert.Equal(expected.Count, actual.Count);
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First, pair.Second, 1e-5));
    }

    [Fact]
    public async Task Train_XgboostJsonWithDataAndFailingGate_ExitsFourAndRegistersNothing()
    {
        using var folder = new TempDirectory();
        using var cli = new CliRunner();
        var model = Some.Name("gated-import");
        var inputs = File.ReadAllLines(Path.Combine(LearningFiles.XgboostFixtures, "binary.inputs.csv"));
        var data = folder.File("labelled.csv");
        File.WriteAllLines(data, [inputs[0] + ",label", .. inputs.Skip(1).Select((line, i) => $"{line},{i % 2}")]);

        var result = await cli.RunAsync("train", "--model", "xgboost-json", "--xgboost-model", Path.Combine(LearningFiles.XgboostFixtures, "binary.model.json"),
            "--data", data, "--target", "label", "--register", model, "--min-metric", "accuracy=0.99");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("accuracy = ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, (await cli.RunAsync("models", "show", model)).ExitCode);
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}

using Osprey.TestKit;

namespace Osprey.Cli.Tests.Learning;

public sealed class TrainInputErrorTests
{
    [Fact]
    public async Task Train_UnknownTargetColumn_OneLineListingTheColumns()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("train", "--data", LearningFiles.Telco, "--target", "Churned");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("no column 'Churned'", line, StringComparison.Ordinal);
        Assert.Contains("Churn", line, StringComparison.Ordinal);
        Assert.Equal("0", (await cli.SucceedAsync("runs", "search", "", "--count", "--json")).Json().GetProperty("count").ToString());
    }

    [Fact]
    public async Task Train_TargetWithOneClass_OneLineNamingTheClass()
    {
        using var folder = new TempDirectory();
        var data = Path.Combine(folder.Path, "one-class.csv");
        File.WriteAllLines(data, ["x,label", .. Enumerable.Range(0, 30).Select(i => $"{i},yes")]);
        using var cli = new CliRunner();

        var result = await cli.RunAsync("train", "--data", data, "--target", "label");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("only the class 'yes'", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MissingDataFile_ExitsNotFoundNamingTheFile()
    {
        using var cli = new CliRunner();
        var missing = Path.Combine(Path.GetTempPath(), Some.Name("absent") + ".csv");

        var result = await cli.RunAsync("train", "--data", missing, "--target", "Churn");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains(missing, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_MalformedCsvRow_NamesFileAndLine()
    {
        using var folder = new TempDirectory();
        var data = LearningFiles.TelcoLines(folder.Path, "broken.csv", 2, 3, 4);
        File.AppendAllText(data, "1234-ABCD,Female,0,\"Yes,No,1\n");
        using var cli = new CliRunner();

        var result = await cli.RunAsync("train", "--data", data, "--target", "Churn");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("broken.csv line 5", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--param", "tress=5", "no parameter 'tress'")]
    [InlineData("--param", "trees", "must look like name=value")]
    [InlineData("--model", "svm", "no learner 'svm'")]
    [InlineData("--min-metric", "f2=0.5", "the metric 'f2'")]
    [InlineData("--min-metric", "f1=high", "needs a number")]
    [InlineData("--split", "sideways", "--split must be")]
    [InlineData("--alias", "champion", "needs --register")]
    public async Task Train_BadOption_OneReadableLineAndExitFour(string option, string value, string expected)
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("train", "--data", LearningFiles.Telco, "--target", "Churn", option, value);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains(expected, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_WithoutData_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("train", "--target", "Churn");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--data is required", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}

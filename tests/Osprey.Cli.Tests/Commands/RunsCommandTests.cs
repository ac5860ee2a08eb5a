namespace Osprey.Cli.Tests.Commands;

public sealed class RunsCommandTests
{
    [Fact]
    public async Task Search_FilterWithOrAndIn_ReturnsTheMatchingRuns()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("demo");

        var one = await cli.SucceedAsync("runs", "search", "params.learning_rate = '0.5'", "--json");
        var two = await cli.SucceedAsync("runs", "search", "params.learning_rate = '0.5' OR params.learning_rate IN ('0.25')", "--json");
        var count = await cli.SucceedAsync("runs", "search", "metrics.accuracy > 0 and attributes.status = 'FINISHED'", "--count");

        Assert.Equal("demo-train-1", Assert.Single(one.Json().GetProperty("runs").EnumerateArray()).GetProperty("info").GetProperty("run_name").GetString());
        Assert.Equal(["demo-train-1", "demo-train-3"], two.Json().GetProperty("runs").EnumerateArray()
            .Select(r => r.GetProperty("info").GetProperty("run_name").GetString()!).Order().ToArray());
        Assert.Equal("3", count.Output.Trim());
    }

    [Fact]
    public async Task Search_OrderByAndMax_ReturnsTheTopRun()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("demo");

        var result = await cli.SucceedAsync("runs", "search", "", "--order-by", "params.learning_rate DESC", "--max", "1", "--json");

        var run = Assert.Single(result.Json().GetProperty("runs").EnumerateArray());
        Assert.Equal("demo-train-2", run.GetProperty("info").GetProperty("run_name").GetString());
    }

    [Fact]
    public async Task Search_InvalidFilter_ExitsFourWithTheColumnInOneLine()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("runs", "search", "metrics.loss >");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("column", line, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Show_UnknownRun_ExitsThreeWithOneLineAndNoStackTrace()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("runs", "show", "0123456789abcdef0123456789abcdef");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error:", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at Osprey.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_AfterDemo_ShowsKeyMetricsInTheTable()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");

        var result = await cli.SucceedAsync("runs", "list");

        Assert.Contains("demo-train-1", result.Output, StringComparison.Ordinal);
        Assert.Contains("FINISHED", result.Output, StringComparison.Ordinal);
        Assert.Contains("accuracy", result.Output, StringComparison.Ordinal);
        Assert.Contains("loss", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownExperiment_ExitsThree()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("runs", "list", "--experiment", "no-such-experiment");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("no-such-experiment", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_TwoDemoRuns_MarksOnlyTheDifferingRows()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("demo");
        var ids = (await cli.SucceedAsync("runs", "list", "--json")).Json().GetProperty("runs").EnumerateArray()
            .Select(r => r.GetProperty("info").GetProperty("run_id").GetString()!).ToArray();

        var table = await cli.SucceedAsync(["runs", "compare", .. ids]);
        var json = (await cli.SucceedAsync(["runs", "compare", .. ids, "--json"])).Json();

        Assert.Contains("* learning_rate", table.Output, StringComparison.Ordinal);
        Assert.Contains("  epochs", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("* epochs", table.Output, StringComparison.Ordinal);
        var differs = json.GetProperty("params").EnumerateArray().ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("differs").GetBoolean());
        Assert.True(differs["learning_rate"]);
        Assert.False(differs["epochs"]);
    }

    [Fact]
    public async Task Compare_OneRun_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("runs", "compare", "0123456789abcdef0123456789abcdef");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}

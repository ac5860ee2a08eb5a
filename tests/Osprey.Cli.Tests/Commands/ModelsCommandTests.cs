namespace Osprey.Cli.Tests.Commands;

public sealed class ModelsCommandTests
{
    [Fact]
    public async Task History_AfterTwoDemosAndRollback_ShowsEveryChampionMoveInOrder()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("demo");

        var rollback = await cli.SucceedAsync("models", "rollback", "demo-model", "champion", "--reason", "v2 underperforms");

        Assert.Contains("v2 → v1", rollback.Output, StringComparison.Ordinal);
        var events = (await cli.SucceedAsync("models", "history", "demo-model", "--alias", "champion", "--json")).Json().GetProperty("events")
            .EnumerateArray().Select(e => (From: e.TryGetProperty("from_version", out var f) ? f.GetString() : null, To: e.GetProperty("to_version").GetString())).ToList();
        Assert.Equal([(null, "1"), ("1", "2"), ("2", "1")], events);
        var table = (await cli.SucceedAsync("models", "history", "demo-model")).Output;
        Assert.Contains("v2 underperforms", table, StringComparison.Ordinal);
        Assert.Contains("Production", table, StringComparison.Ordinal);
        var champion = (await cli.SucceedAsync("models", "resolve", "models:/demo-model@champion", "--json")).Json();
        Assert.Equal("1", champion.GetProperty("model_version").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Rollback_AliasWithNoPreviousHolder_ExitsFourWithOneLine()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");

        var result = await cli.RunAsync("models", "rollback", "demo-model", "champion");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public async Task AliasAndPromote_MoveTheNamedVersion()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("demo");

        await cli.SucceedAsync("models", "alias", "demo-model", "challenger", "1", "--reason", "shadow test");
        await cli.SucceedAsync("models", "promote", "demo-model", "1", "--stage", "Staging");

        var version = (await cli.SucceedAsync("models", "resolve", "models:/demo-model@challenger", "--json")).Json().GetProperty("model_version");
        Assert.Equal("1", version.GetProperty("version").GetString());
        Assert.Equal("Staging", version.GetProperty("current_stage").GetString());
        var list = (await cli.SucceedAsync("models", "list")).Output;
        Assert.Contains("@challenger v1", list, StringComparison.Ordinal);
        Assert.Contains("@champion v2", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Promote_UnknownStage_ExitsFourNamingTheStage()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");

        var result = await cli.RunAsync("models", "promote", "demo-model", "1", "--stage", "Prod");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("Prod", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_AliasAndStageTogether_IsAUsageError()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("models", "history", "demo-model", "--alias", "champion", "--stage", "Production");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("not both", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_StageFilter_ShowsOnlyThatStagesTransitions()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("demo");

        var events = (await cli.SucceedAsync("models", "history", "demo-model", "--stage", "Production", "--json")).Json().GetProperty("events");

        Assert.Equal(2, events.GetArrayLength());
        Assert.All(events.EnumerateArray(), e => Assert.Equal("Production", e.GetProperty("target").GetString()));
    }

    [Fact]
    public async Task HistoryAt_BeforeAndAfterTheMoves_NamesNoHolderThenTheCurrentOne()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("demo");

        var before = (await cli.SucceedAsync("models", "history", "demo-model", "--alias", "champion", "--at", "2000-01-01T00:00Z", "--json")).Json();
        var later = (await cli.SucceedAsync("models", "history", "demo-model", "--alias", "champion", "--at", "2999-01-01 00:00")).Output;

        Assert.False(before.TryGetProperty("version", out _));
        Assert.Contains("@champion was held by v2", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HistoryAt_UnreadableTime_ExitsFourNamingTheOption()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");

        var result = await cli.RunAsync("models", "history", "demo-model", "--alias", "champion", "--at", "yesterday");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--at", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_UnknownModel_ExitsThree()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("models", "show", "no-such-model");

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.Contains("no-such-model", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}

namespace Osprey.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_FreshWorkspace_TracksRunAndRegistersChampionInProduction()
    {
        using var cli = new CliRunner();

        var demo = await cli.SucceedAsync("demo");

        Assert.Contains("demo-model v1", demo.Output, StringComparison.Ordinal);
        var runs = (await cli.SucceedAsync("runs", "list", "--experiment", "demo", "--json")).Json().GetProperty("runs");
        var run = Assert.Single(runs.EnumerateArray());
        Assert.Equal("FINISHED", run.GetProperty("info").GetProperty("status").GetString());
        var loss = run.GetProperty("data").GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("key").GetString() == "loss");
        Assert.Equal(19, loss.GetProperty("step").GetInt64());
        var history = (await cli.SucceedAsync("runs", "show", run.GetProperty("info").GetProperty("run_id").GetString()!)).Output;
        Assert.Contains("model/", history, StringComparison.Ordinal);

        var model = (await cli.SucceedAsync("models", "show", "demo-model", "--json")).Json();
        var version = Assert.Single(model.GetProperty("model_versions").EnumerateArray());
        Assert.Equal("Production", version.GetProperty("current_stage").GetString());
        Assert.Equal("champion", Assert.Single(version.GetProperty("aliases").EnumerateArray()).GetString());
        Assert.Equal(run.GetProperty("info").GetProperty("run_id").GetString(), version.GetProperty("run_id").GetString());
        Assert.EndsWith("/artifacts/model", version.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_RunTwice_MovesChampionAndArchivesTheFirstVersion()
    {
        using var cli = new CliRunner();

        await cli.SucceedAsync("demo");
        var second = await cli.SucceedAsync("demo");

        Assert.Contains("moved from v1", second.Output, StringComparison.Ordinal);
        var versions = (await cli.SucceedAsync("models", "versions", "demo-model", "--json")).Json().GetProperty("model_versions");
        var stages = versions.EnumerateArray().ToDictionary(v => v.GetProperty("version").GetString()!, v => v.GetProperty("current_stage").GetString());
        Assert.Equal("Production", stages["2"]);
        Assert.Equal("Archived", stages["1"]);
        var champion = (await cli.SucceedAsync("models", "resolve", "models:/demo-model@champion", "--json")).Json();
        Assert.Equal("2", champion.GetProperty("model_version").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Demo_AfterExperimentDeleted_RestoresItAndAddsARun()
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("demo");
        await cli.SucceedAsync("experiments", "delete", "demo");

        await cli.SucceedAsync("demo");

        var runs = (await cli.SucceedAsync("runs", "list", "--experiment", "demo", "--json")).Json().GetProperty("runs");
        Assert.Equal(2, runs.GetArrayLength());
    }
}

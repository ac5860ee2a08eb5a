using System.Text.Json;
using Osprey.Cli;
using Osprey.Serving.Tests.Fixtures;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Cli;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task ServeCanaryThenPromote_AgainstARunningServer_MovesTheAlias()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First, ChurnModels.Second]);
        var url = live.Server.BaseAddress.ToString();

        var canary = await RunAsync("serve", "canary", $"{name}/2", "--percent", "25", "--url", url, "--json");
        var promote = await RunAsync("serve", "promote", "--url", url, "--reason", "looks good", "--json");
        var status = await RunAsync("serve", "status", "--url", url);

        Assert.Equal(0, canary.Code);
        Assert.Equal(25, JsonDocument.Parse(canary.Output).RootElement.GetProperty("canary_percent").GetDouble());
        Assert.Equal(0, promote.Code);
        Assert.Equal(2, JsonDocument.Parse(promote.Output).RootElement.GetProperty("stable").GetInt32());
        Assert.Equal(2, (await live.Workspace.Aliases.GetVersionAsync(name, "champion", CancellationToken.None)).Version);
        Assert.Contains(name, status.Output);
    }

    [Fact]
    public async Task ServeRollback_WithoutAnEarlierVersion_FailsWithOneLine()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First]);

        var rollback = await RunAsync("serve", "rollback", "--url", live.Server.BaseAddress.ToString());

        Assert.Equal(ExitCodes.InvalidInput, rollback.Code);
        Assert.Contains("no previous version", rollback.Error);
        Assert.Single(rollback.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task ServeShadow_UnknownVersion_ReportsNotFound()
    {
        var name = Some.Name("churn");
        await using var live = await LiveServing.StartChampionAsync(name, [ChurnModels.First]);

        var shadow = await RunAsync("serve", "shadow", $"{name}/9", "--url", live.Server.BaseAddress.ToString());

        Assert.Equal(ExitCodes.NotFound, shadow.Code);
    }

    [Fact]
    public async Task Serve_WithoutModel_ExplainsWhatToName()
    {
        using var home = new TempDirectory();

        var serve = await RunAsync("serve", "--home", home.Path, "--port", "0");

        Assert.Equal(ExitCodes.InvalidInput, serve.Code);
        Assert.Contains("--model churn@champion", serve.Error);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(_ => null, TimeProvider.System, "tester");
        var code = await Osprey.Cli.Cli.RunAsync(args, output, error, environment);
        return (code, output.ToString(), error.ToString());
    }
}

namespace Osprey.Cli.Tests;

public sealed class CliTests
{
    [Fact]
    public async Task RunAsync_UnknownCommand_ExitsTwo()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("fly");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("fly", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingArgument_ExitsTwo()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("models", "alias", "demo-model");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_Help_ListsEveryCommandAndExitsZero()
    {
        using var cli = new CliRunner();

        var result = await cli.RunRawAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "server", "experiments", "runs", "models", "tokens", "demo" })
        {
            Assert.Contains(command, result.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RunAsync_UnreachableServer_ExitsSixWithOneLine()
    {
        // Port 9 (discard) is closed on loopback, so the connection is refused at once.
        using var cli = new CliRunner { Server = "http://127.0.0.1:9" };

        var result = await cli.RunAsync("runs", "list");

        Assert.Equal(ExitCodes.Unavailable, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }

    [Fact]
    public async Task RunAsync_HomeFromEnvironment_IsUsedWhenNoOptionIsGiven()
    {
        using var cli = new CliRunner();
        cli.With("OSPREY_HOME", cli.Home);
        await cli.SucceedAsync("experiments", "create", "from-option");

        var listed = await cli.RunRawAsync("experiments", "list", "--json");

        Assert.Equal(0, listed.ExitCode);
        Assert.Contains("from-option", listed.Output, StringComparison.Ordinal);
    }
}

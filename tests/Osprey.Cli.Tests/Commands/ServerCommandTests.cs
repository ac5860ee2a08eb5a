using System.Text.RegularExpressions;
using Osprey.TestKit;

namespace Osprey.Cli.Tests.Commands;

public sealed class ServerCommandTests
{
    [Fact]
    public async Task Server_OnAFreePort_ServesTheWorkspaceUntilCancelled()
    {
        using var home = new TempDirectory();
        using var cli = new CliRunner();
        var output = new WatchedWriter("Stop with Ctrl+C");
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();
        var environment = new CliEnvironment(_ => null, TimeProvider.System, "test-user");

        var running = Cli.RunAsync(["server", "--port", "0", "--home", home.Path], output, error, environment, stop.Token);
        var banner = await output.Seen.WaitAsync(TimeSpan.FromMinutes(1));
        cli.Server = Regex.Match(banner, @"http://127\.0\.0\.1:\d+").Value;
        var created = await cli.RunAsync("experiments", "create", "served");
        await stop.CancelAsync();
        var exitCode = await running;

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(0, exitCode);
        var local = await cli.RunRawAsync("experiments", "list", "--json", "--home", home.Path);
        Assert.Contains("served", local.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_OnAllAddressesWithoutAnyToken_RefusesToStartWithExitFour()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("server", "--host", "0.0.0.0", "--port", "0");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("token", Assert.Single(result.ErrorLines), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Server_WithServerOption_IsRejected()
    {
        using var cli = new CliRunner { Server = "http://127.0.0.1:9" };

        var result = await cli.RunAsync("server", "--port", "0");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("--server", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}

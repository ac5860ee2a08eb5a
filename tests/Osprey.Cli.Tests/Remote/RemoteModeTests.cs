namespace Osprey.Cli.Tests.Remote;

public sealed class RemoteModeTests
{
    [Fact]
    public async Task ReadCommands_AfterRemoteDemos_PrintTheSameAsLocalMode()
    {
        await using var server = await ServerUnderTest.StartAsync();
        await server.Remote.SucceedAsync("demo");
        await server.Remote.SucceedAsync("demo");
        var ids = (await server.Local.SucceedAsync("runs", "list", "--json")).Json().GetProperty("runs").EnumerateArray()
            .Select(r => r.GetProperty("info").GetProperty("run_id").GetString()!).ToArray();

        string[][] commands =
        [
            ["experiments", "list", "--json"],
            ["runs", "list", "--json"],
            ["runs", "list", "--experiment", "demo"],
            ["runs", "search", "params.l2 = '0.01' or params.learning_rate IN ('0.5')", "--order-by", "metrics.final_loss", "--json"],
            ["runs", "search", "metrics.accuracy > 0.5", "--count"],
            ["runs", "show", ids[0], "--json"],
            ["runs", "show", ids[1]],
            ["runs", "compare", ids[0], ids[1]],
            ["models", "list", "--json"],
            ["models", "show", "demo-model"],
            ["models", "versions", "demo-model", "--json"],
            ["models", "history", "demo-model", "--json"],
            ["models", "history", "demo-model", "--alias", "champion", "--at", "2999-01-01T00:00Z"],
            ["models", "resolve", "models:/demo-model@champion", "--json"],
        ];
        foreach (var command in commands)
        {
            var local = await server.Local.SucceedAsync(command);
            var remote = await server.Remote.SucceedAsync(command);
            Assert.True(local.Output == remote.Output, $"'{string.Join(' ', command)}' differs:\n{local.Output}\n---\n{remote.Output}");
        }
        Assert.Contains("model/", (await server.Remote.SucceedAsync("runs", "show", ids[0])).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_ThroughTheServer_IsSeenByLocalMode()
    {
        await using var server = await ServerUnderTest.StartAsync();
        await server.Remote.SucceedAsync("demo");
        await server.Remote.SucceedAsync("demo");

        await server.Remote.SucceedAsync("models", "rollback", "demo-model", "champion", "--reason", "remote rollback");

        var champion = (await server.Local.SucceedAsync("models", "resolve", "models:/demo-model@champion", "--json")).Json();
        Assert.Equal("1", champion.GetProperty("model_version").GetProperty("version").GetString());
        var history = (await server.Local.SucceedAsync("models", "history", "demo-model", "--alias", "champion", "--json")).Json();
        Assert.Equal("remote rollback", history.GetProperty("events").EnumerateArray().Last().GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData(ExitCodes.NotFound, "runs", "show", "0123456789abcdef0123456789abcdef")]
    [InlineData(ExitCodes.NotFound, "models", "show", "no-such-model")]
    [InlineData(ExitCodes.NotFound, "runs", "list", "--experiment", "no-such-experiment")]
    [InlineData(ExitCodes.InvalidInput, "runs", "search", "metrics.loss >")]
    [InlineData(ExitCodes.InvalidInput, "models", "resolve", "models:/")]
    public async Task Failures_ThroughTheServer_ExitWithTheSameCodeAndOneLineAsLocally(int expected, params string[] command)
    {
        await using var server = await ServerUnderTest.StartAsync();

        var local = await server.Local.RunAsync(command);
        var remote = await server.Remote.RunAsync(command);

        Assert.Equal(expected, local.ExitCode);
        Assert.Equal(expected, remote.ExitCode);
        Assert.Equal(local.ErrorLines, remote.ErrorLines);
    }

    [Fact]
    public async Task InvalidFilter_ThroughTheServer_NamesTheColumn()
    {
        await using var server = await ServerUnderTest.StartAsync();

        var result = await server.Remote.RunAsync("runs", "search", "metrics.loss > 1 and");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("column", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_ServerRequiringAToken_ExitsFiveWithoutItAndSucceedsWithIt()
    {
        var token = "osp_" + Guid.NewGuid().ToString("N");
        await using var server = await ServerUnderTest.StartAsync(staticToken: token);

        var refused = await server.Remote.RunAsync("experiments", "create", "guarded");
        var accepted = await server.Remote.RunAsync("experiments", "create", "guarded", "--token", token);
        server.Remote.With("OSPREY_TOKEN", token);
        var fromEnvironment = await server.Remote.RunAsync("experiments", "list", "--json");

        Assert.Equal(ExitCodes.Unauthorized, refused.ExitCode);
        Assert.Single(refused.ErrorLines);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("guarded", fromEnvironment.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCommand_ServerThatIsNotOsprey_ExitsOneWithAReadableLine()
    {
        using var listener = new System.Net.HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var answering = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            context.Response.ContentType = "text/html";
            await context.Response.OutputStream.WriteAsync("<html>not osprey</html>"u8.ToArray());
            context.Response.Close();
        });
        using var cli = new CliRunner { Server = $"http://127.0.0.1:{port}" };

        var result = await cli.RunAsync("runs", "show", "0123456789abcdef0123456789abcdef");
        await answering;

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("is --server pointing at Osprey?", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}

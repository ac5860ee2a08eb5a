using Osprey.Cli.Tests.Remote;
using Osprey.TestKit;

namespace Osprey.Cli.Tests;

public sealed class PingCommandTests
{
    [Fact]
    public async Task Ping_FullUrlWithFailThenToken_DownThenUp()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var job = Some.Name("job");
        var token = (await server.Remote.SucceedAsync("heartbeats", "create", job, "--period", "1d", "--json")).Json()[0].GetProperty("token").GetString()!;
        var url = $"{server.Remote.Server!.TrimEnd('/')}/api/heartbeat/{token}";

        await server.Remote.SucceedAsync("ping", url, "--fail");
        var down = (await server.Remote.SucceedAsync("monitors", "list", "--json")).Json();
        await server.Remote.SucceedAsync("ping", token);
        var up = (await server.Remote.SucceedAsync("monitors", "list", "--json")).Json();

        Assert.Equal("down", down[0].GetProperty("state").GetString());
        Assert.Equal("up", up[0].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Ping_UnknownToken_ExitsNotFoundWithoutPrintingTheToken()
    {
        await using var server = await ServerUnderTest.StartAsync();
        const string token = "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ";

        var result = await server.Remote.RunAsync("ping", token);

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
        Assert.DoesNotContain(token, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ping_StartAndFailTogether_ExitsInvalid()
    {
        using var cli = new CliRunner { Server = "http://127.0.0.1:9" };

        var result = await cli.RunAsync("ping", "AAAAAAAAAAAAAAAAAAAA", "--start", "--fail");

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
    }
}

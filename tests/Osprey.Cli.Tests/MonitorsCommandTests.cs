using Osprey.Cli.Tests.Remote;
using Osprey.TestKit;

namespace Osprey.Cli.Tests;

public sealed class MonitorsCommandTests
{
    [Fact]
    public async Task CreateListShowPause_LocalWorkspace_RoundTrips()
    {
        using var cli = new CliRunner();
        var api = Some.Name("api");
        var job = Some.Name("job");
        var file = Path.Combine(cli.Home, "monitors.yaml");
        await File.WriteAllTextAsync(file, $"""
            monitors:
              - {"{"}kind: http, name: {api}, url: "http://127.0.0.1:9/health", keyword: ok{"}"}
              - {"{"}kind: heartbeat, name: {job}, period: 1h{"}"}
            """);

        await cli.SucceedAsync("monitors", "create", file);
        var listed = (await cli.SucceedAsync("monitors", "list", "--json")).Json();
        var paused = (await cli.SucceedAsync("monitors", "pause", api, "--json")).Json();
        var shown = await cli.SucceedAsync("monitors", "show", job);
        var beats = (await cli.SucceedAsync("monitors", "list", "--kind", "heartbeat", "--json")).Json();

        Assert.Equal(new[] { api, job }.Order(StringComparer.Ordinal), listed.EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal("paused", paused[0].GetProperty("state").GetString());
        Assert.Contains("/api/heartbeat/", shown.Output, StringComparison.Ordinal);
        Assert.Equal(job, Assert.Single(beats.EnumerateArray()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Create_InvalidFile_ExitsWithFileLineAndField()
    {
        using var cli = new CliRunner();
        var file = Path.Combine(cli.Home, "bad.yaml");
        await File.WriteAllTextAsync(file, "kind: tcp\nname: db\nhost: localhost\nport: 70000\n");

        var result = await cli.RunAsync("monitors", "create", file);

        Assert.Equal(ExitCodes.InvalidInput, result.ExitCode);
        Assert.Contains("bad.yaml:4:", result.Error, StringComparison.Ordinal);
        Assert.Contains("port must be at most 65535", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Unknown_ExitsNotFound()
    {
        using var cli = new CliRunner();

        var result = await cli.RunAsync("monitors", "show", Some.Name("nothing"));

        Assert.Equal(ExitCodes.NotFound, result.ExitCode);
    }

    [Fact]
    public async Task HeartbeatsCreate_AgainstServer_ThenPingMakesItUp()
    {
        await using var server = await ServerUnderTest.StartAsync();
        var job = Some.Name("job");

        var created = (await server.Remote.SucceedAsync("heartbeats", "create", job, "--period", "1h", "--json")).Json();
        var token = created[0].GetProperty("token").GetString()!;
        await server.Remote.SucceedAsync("ping", token);
        var listed = (await server.Remote.SucceedAsync("heartbeats", "list", "--json")).Json();

        var beat = Assert.Single(listed.EnumerateArray());
        Assert.Equal(job, beat.GetProperty("name").GetString());
        Assert.Equal("up", beat.GetProperty("state").GetString());
    }
}

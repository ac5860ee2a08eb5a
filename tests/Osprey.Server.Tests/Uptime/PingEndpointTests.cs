using System.Net;

namespace Osprey.Server.Tests.Uptime;

public sealed class PingEndpointTests
{
    [Fact]
    public async Task Ping_OkFailOk_MovesTheHeartbeatUpDownUp()
    {
        await using var server = await LiveServer.StartAsync();
        var name = UptimeServer.Name("job");
        var created = await UptimeServer.CreateAsync(server.Client, $$"""{"kind": "heartbeat", "name": "{{name}}", "period": "1h"}""");
        var token = created["token"]!.GetValue<string>();
        Assert.Equal("pending", created["status"]!["state"]!.GetValue<string>());

        using (var ok = await server.Client.GetAsync($"api/heartbeat/{token}"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("OK\n", await ok.Content.ReadAsStringAsync());
        }
        Assert.Equal("up", await UptimeServer.StateAsync(server.Client, name));

        using (var fail = await server.Client.PostAsync($"api/heartbeat/{token}/fail", null))
        {
            Assert.Equal(HttpStatusCode.OK, fail.StatusCode);
        }
        Assert.Equal("down", await UptimeServer.StateAsync(server.Client, name));

        (await server.Client.PostAsync($"api/heartbeat/{token}/start", null)).Dispose();
        (await server.Client.PostAsync($"api/heartbeat/{token}", null)).Dispose();
        var shown = await server.Client.GetOkAsync($"api/monitors/{name}");
        Assert.Equal("up", shown["monitor"]!["status"]!["state"]!.GetValue<string>());
        Assert.Equal(["success", "start", "fail", "success"], shown["pings"]!.AsArray().Select(p => p!["kind"]!.GetValue<string>()));
        Assert.NotNull(shown["pings"]![0]!["duration_ms"]);
        await UptimeServer.WaitForIncidentEndAsync(server.Client, name);
    }

    [Theory]
    [InlineData("api/heartbeat/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("api/heartbeat/short")]
    [InlineData("api/heartbeat/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/fail")]
    public async Task Ping_UnknownToken_Answers404WithNothingElse(string path)
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not found\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Create_InvalidMonitor_Answers400NamingTheField()
    {
        await using var server = await LiveServer.StartAsync();

        using var response = await server.Client.PostJsonAsync("api/monitors", """{"kind": "http", "name": "api", "url": "ftp://x"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("request body:1:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PauseResume_Heartbeat_StateFollows()
    {
        await using var server = await LiveServer.StartAsync();
        var name = UptimeServer.Name("job");
        await UptimeServer.CreateAsync(server.Client, $$"""{"kind": "heartbeat", "name": "{{name}}", "period": "1h"}""");

        var paused = await server.Client.PostOkAsync($"api/monitors/{name}/pause", "");
        Assert.True(paused["paused"]!.GetValue<bool>());
        Assert.Equal("paused", await UptimeServer.StateAsync(server.Client, name));

        var resumed = await server.Client.PostOkAsync($"api/monitors/{name}/resume", "");
        Assert.False(resumed["paused"]!.GetValue<bool>());
        Assert.Equal("pending", await UptimeServer.StateAsync(server.Client, name));
    }
}

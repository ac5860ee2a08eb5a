using System.Net;
using System.Text.Json.Nodes;

namespace Osprey.Server.Tests.Uptime;

public sealed class StatusPageAccessTests
{
    private const string Token = "osp_uptime_status_token";

    [Fact]
    public async Task StatusPage_OffLoopbackWithoutToken_IsOpenWhileMonitorApiAnswers401()
    {
        await using var server = await LiveServer.StartAsync(o => o with { Urls = "http://0.0.0.0:0", StaticToken = Token });
        var port = server.Server.BaseAddress.Port;
        using var anonymous = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var authorized = server.CreateClient(Token);
        authorized.BaseAddress = anonymous.BaseAddress;
        var name = UptimeServer.Name("job");
        var token = (await UptimeServer.CreateAsync(authorized, $$"""{"kind": "heartbeat", "name": "{{name}}", "period": "1h"}"""))["token"]!.GetValue<string>();

        using (var page = await anonymous.GetAsync("status"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains(name, html, StringComparison.Ordinal);
            Assert.DoesNotContain(token, html, StringComparison.Ordinal);
        }
        using (var json = await anonymous.GetAsync("status.json"))
        {
            Assert.Equal(HttpStatusCode.OK, json.StatusCode);
            var body = await json.Content.ReadAsStringAsync();
            Assert.Contains(JsonNode.Parse(body)!["monitors"]!.AsArray(), m => m!["name"]!.GetValue<string>() == name);
            Assert.DoesNotContain(token, body, StringComparison.Ordinal);
        }
        using (var ping = await anonymous.GetAsync($"api/heartbeat/{token}"))
        {
            Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        }
        foreach (var path in new[] { "api/monitors", $"api/monitors/{name}", "status/extra", "api/2.0/mlflow/experiments/search" })
        {
            using var refused = await anonymous.GetAsync(path);
            Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound, $"{path} answered {(int)refused.StatusCode}");
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        }
        using var list = await anonymous.GetAsync("api/monitors");
        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        using var create = await anonymous.PostJsonAsync("api/monitors", """{"kind": "heartbeat", "name": "sneaky", "period": "1h"}""");
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
    }
}

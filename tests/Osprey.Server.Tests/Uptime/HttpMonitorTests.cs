using Osprey.Core.Alerting.Uptime;
using Osprey.Server.Alerting.Uptime;

namespace Osprey.Server.Tests.Uptime;

public sealed class HttpMonitorTests
{
    private static readonly TimeSpan Ten = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task HttpMonitor_TargetGoesDownAndUp_OpensAndAutoResolvesAnIncident()
    {
        using var web = new TestWebServer();
        await using var server = await LiveServer.StartAsync();
        var name = UptimeServer.Name("web");
        await UptimeServer.CreateAsync(server.Client, $$"""{"kind": "http", "name": "{{name}}", "url": "{{web.Url}}", "interval": "1s", "keyword": "ok", "timeout": "2s"}""");
        await UptimeServer.WaitForStateAsync(server.Client, name, "up");

        web.Stop();
        await UptimeServer.WaitForStateAsync(server.Client, name, "down");
        web.Start();
        await UptimeServer.WaitForStateAsync(server.Client, name, "up");

        var incident = await UptimeServer.WaitForIncidentEndAsync(server.Client, name);
        Assert.Contains("request failed", incident["cause"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(200, "{\"status\":\"ok\"}", "ok", null, true)]
    [InlineData(200, "{\"status\":\"degraded\"}", "\"ok\"", null, false)]
    [InlineData(200, "all fine", null, "error", true)]
    [InlineData(200, "internal error", null, "error", false)]
    public async Task Check_Keywords_PassOrFail(int status, string body, string? keyword, string? absent, bool up)
    {
        using var web = new TestWebServer { Status = status, Body = body };
        var outcome = await CheckAsync(new HttpCheck(web.Url, "GET", new Dictionary<string, string>(), null, Ten, [], keyword, absent, null));

        Assert.Equal(up, outcome.Up);
        Assert.True(up || outcome.Cause!.Contains("keyword", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(503, new int[0], false)]
    [InlineData(503, new[] { 503 }, true)]
    [InlineData(200, new[] { 204 }, false)]
    [InlineData(204, new int[0], true)]
    public async Task Check_ExpectedStatus_PassOrFail(int status, int[] expected, bool up)
    {
        using var web = new TestWebServer { Status = status, Body = "" };
        var outcome = await CheckAsync(new HttpCheck(web.Url, "GET", new Dictionary<string, string>(), null, Ten, expected, null, null, null));

        Assert.Equal(up, outcome.Up);
    }

    [Fact]
    public async Task Check_SlowerThanThreshold_FailsAsSlow()
    {
        using var web = new TestWebServer { Delay = TimeSpan.FromMilliseconds(400) };
        var outcome = await CheckAsync(new HttpCheck(web.Url, "GET", new Dictionary<string, string>(), null, Ten, [], null, null, TimeSpan.FromMilliseconds(100)));

        Assert.False(outcome.Up);
        Assert.StartsWith("slow response", outcome.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoAnswerWithinTimeout_FailsWithTimeout()
    {
        using var web = new TestWebServer { Delay = TimeSpan.FromSeconds(5) };
        var outcome = await CheckAsync(new HttpCheck(web.Url, "GET", new Dictionary<string, string>(), null, TimeSpan.FromMilliseconds(200), [], null, null, null));

        Assert.False(outcome.Up);
        Assert.StartsWith("no answer within", outcome.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_PostWithHeadersAndBody_SendsThem()
    {
        using var web = new TestWebServer();
        var outcome = await CheckAsync(new HttpCheck(web.Url, "POST", new Dictionary<string, string> { ["X-Probe"] = "1" }, "{\"ping\":true}", Ten, [], null, null, null));

        Assert.True(outcome.Up);
        Assert.Equal("POST", web.LastMethod);
        Assert.Equal("1", web.LastHeader("X-Probe"));
        Assert.Equal("{\"ping\":true}", web.LastBody);
    }

    private static async Task<CheckOutcome> CheckAsync(HttpCheck check)
    {
        using var http = new HttpClient();
        using var probe = new HttpProbe(http, TimeProvider.System);
        var monitor = new MonitorDefinition("probe-test", MonitorKind.Http, Ten, TimeSpan.Zero, TimeSpan.Zero, Core.Alerting.AlertPriority.P3, [], false, true, [], Http: check);
        return await probe.CheckAsync(monitor, CancellationToken.None);
    }
}

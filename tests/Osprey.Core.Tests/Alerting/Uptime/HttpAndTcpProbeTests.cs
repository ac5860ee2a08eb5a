using System.Net;
using System.Net.Sockets;
using Osprey.Core.Alerting.Uptime;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Uptime;

public sealed class HttpAndTcpProbeTests
{
    private static readonly TimeSpan Ten = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task HttpMonitor_ServerGoesDownAndUp_RaisesAndAutoResolves()
    {
        using var web = new TestWebServer();
        using var http = new HttpClient();
        var h = new EngineHarness(new HttpProbe(http, TimeProvider.System));
        var monitor = Monitors.Http(web.Url, Ten, confirmation: Ten, recovery: Ten);
        h.Engine.Apply(monitor);
        await h.Engine.RunDueAsync(CancellationToken.None);
        Assert.Equal(MonitorState.Up, h.StateOf(monitor.Name));

        web.Stop();
        await h.AdvanceAsync(TimeSpan.FromSeconds(20), Ten);
        Assert.Equal(MonitorState.Down, h.StateOf(monitor.Name));
        Assert.Contains("request failed", Assert.Single(h.Sink.Raised).Details!["cause"], StringComparison.Ordinal);

        web.Start();
        await h.AdvanceAsync(TimeSpan.FromSeconds(20), Ten);
        Assert.Equal(MonitorState.Up, h.StateOf(monitor.Name));
        Assert.Equal([monitor.Alias], h.Sink.Resolved);
    }

    [Theory]
    [InlineData(200, "{\"status\":\"ok\"}", "ok", null, true)]
    [InlineData(200, "{\"status\":\"degraded\"}", "\"ok\"", null, false)]
    [InlineData(200, "all fine", null, "error", true)]
    [InlineData(200, "internal error", null, "error", false)]
    public async Task Check_Keywords_PassOrFail(int status, string body, string? keyword, string? absent, bool up)
    {
        using var web = new TestWebServer { Status = status, Body = body };
        var outcome = await CheckAsync(web, new HttpCheck(web.Url, "GET", new Dictionary<string, string>(), null, Ten, [], keyword, absent, null));

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
        var outcome = await CheckAsync(web, new HttpCheck(web.Url, "GET", new Dictionary<string, string>(), null, Ten, expected, null, null, null));

        Assert.Equal(up, outcome.Up);
    }

    [Fact]
    public async Task Check_SlowerThanThreshold_FailsAsSlow()
    {
        using var web = new TestWebServer { Delay = TimeSpan.FromMilliseconds(400) };
        var outcome = await CheckAsync(web, new HttpCheck(web.Url, "GET", new Dictionary<string, string>(), null, Ten, [], null, null, TimeSpan.FromMilliseconds(100)));

        Assert.False(outcome.Up);
        Assert.StartsWith("slow response", outcome.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoAnswerWithinTimeout_FailsWithTimeout()
    {
        using var web = new TestWebServer { Delay = TimeSpan.FromSeconds(5) };
        var outcome = await CheckAsync(web, new HttpCheck(web.Url, "GET", new Dictionary<string, string>(), null, TimeSpan.FromMilliseconds(200), [], null, null, null));

        Assert.False(outcome.Up);
        Assert.StartsWith("no answer within", outcome.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TcpMonitor_PortClosesAndReopens_RaisesAndResolves()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var h = new EngineHarness(new TcpProbe(TimeProvider.System));
        var monitor = Monitors.Base(Monitors.Name("tcp"), MonitorKind.Tcp, Ten, null, null) with { Tcp = new TcpCheck("127.0.0.1", port, TimeSpan.FromSeconds(2)) };
        h.Engine.Apply(monitor);
        await h.Engine.RunDueAsync(CancellationToken.None);
        Assert.Equal(MonitorState.Up, h.StateOf(monitor.Name));

        listener.Stop();
        await h.AdvanceAsync(Ten, Ten);
        Assert.Equal(MonitorState.Down, h.StateOf(monitor.Name));

        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        await h.AdvanceAsync(Ten, Ten);
        listener.Stop();

        Assert.Single(h.Sink.Raised);
        Assert.Single(h.Sink.Resolved);
    }

    private static async Task<CheckOutcome> CheckAsync(TestWebServer web, HttpCheck check)
    {
        using var http = new HttpClient();
        using var probe = new HttpProbe(http, TimeProvider.System);
        var monitor = Monitors.Http(web.Url) with { Http = check };
        return await probe.CheckAsync(monitor, CancellationToken.None);
    }
}

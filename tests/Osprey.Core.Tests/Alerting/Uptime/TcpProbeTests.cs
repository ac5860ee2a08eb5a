using System.Net;
using System.Net.Sockets;
using Osprey.Core.Alerting.Uptime;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Uptime;

public sealed class TcpProbeTests
{
    private static readonly TimeSpan Ten = TimeSpan.FromSeconds(10);

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
}

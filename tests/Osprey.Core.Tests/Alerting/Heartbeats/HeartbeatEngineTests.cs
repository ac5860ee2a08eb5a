using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Uptime;
using Osprey.Core.Tests.Alerting.Uptime;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Heartbeats;

public sealed class HeartbeatEngineTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Ping_PendingUpDownUp_RaisesOnceAndResolves()
    {
        var h = new EngineHarness();
        var beat = Monitors.Heartbeat(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));
        h.Engine.Apply(beat);

        await h.AdvanceAsync(TimeSpan.FromMinutes(30), Second * 10);
        Assert.Equal(MonitorState.Pending, h.StateOf(beat.Name));
        Assert.Empty(h.Sink.Raised);

        Assert.Equal(beat.Name, await h.Engine.PingAsync(beat.Heartbeat!.Token, PingKind.Success, CancellationToken.None));
        Assert.Equal(MonitorState.Up, h.StateOf(beat.Name));

        await h.AdvanceAsync(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(59), Second);
        Assert.Equal(MonitorState.Up, h.StateOf(beat.Name));
        await h.AdvanceAsync(Second, Second);
        Assert.Equal(MonitorState.Down, h.StateOf(beat.Name));

        await h.AdvanceAsync(TimeSpan.FromMinutes(20), Second * 10);
        await h.Engine.PingAsync(beat.Heartbeat.Token, PingKind.Success, CancellationToken.None);
        await h.Engine.IdleAsync();

        Assert.Equal(MonitorState.Up, h.StateOf(beat.Name));
        var raised = Assert.Single(h.Sink.Raised);
        Assert.Equal($"heartbeat:{beat.Name}", raised.Alias);
        Assert.Equal([$"heartbeat:{beat.Name}"], h.Sink.Resolved);
        var incident = Assert.Single(h.Store.Incidents);
        Assert.NotNull(incident.End);
        Assert.Contains("no ping", incident.Cause, StringComparison.Ordinal);
        Assert.Empty(h.Failures);
    }

    [Fact]
    public async Task Deadline_Passes_DetectedAtPeriodPlusGraceExactly()
    {
        var h = new EngineHarness();
        var beat = Monitors.Heartbeat(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(6));
        h.Engine.Apply(beat);
        await h.Engine.PingAsync(beat.Heartbeat!.Token, PingKind.Success, CancellationToken.None);
        var pinged = h.Now;

        await h.AdvanceAsync(TimeSpan.FromSeconds(40), TimeSpan.FromMilliseconds(100));

        var incident = Assert.Single(h.Store.Incidents);
        Assert.InRange(incident.Start - pinged, 36_000, 36_100);
    }

    [Fact]
    public async Task Ping_Fail_OpensIncidentAtOnceAndNextSuccessResolves()
    {
        var h = new EngineHarness();
        var beat = Monitors.Heartbeat(TimeSpan.FromHours(1), TimeSpan.FromMinutes(10));
        h.Engine.Apply(beat);
        var token = beat.Heartbeat!.Token;

        await h.Engine.PingAsync(token, PingKind.Fail, CancellationToken.None);
        await h.Engine.IdleAsync();
        Assert.Equal(MonitorState.Down, h.StateOf(beat.Name));
        Assert.Single(h.Sink.Raised);
        Assert.Contains("reported a failure", h.Sink.Raised[0].Message, StringComparison.Ordinal);

        await h.Engine.PingAsync(token, PingKind.Fail, CancellationToken.None);
        await h.Engine.PingAsync(token, PingKind.Success, CancellationToken.None);
        await h.Engine.IdleAsync();

        Assert.Equal(MonitorState.Up, h.StateOf(beat.Name));
        Assert.Single(h.Sink.Raised);
        Assert.Single(h.Sink.Resolved);
    }

    [Fact]
    public async Task Ping_StartThenSuccess_RecordsDuration()
    {
        var h = new EngineHarness();
        var beat = Monitors.Heartbeat(TimeSpan.FromHours(1), TimeSpan.Zero);
        h.Engine.Apply(beat);
        var token = beat.Heartbeat!.Token;

        await h.Engine.PingAsync(token, PingKind.Start, CancellationToken.None);
        h.Clock.Advance(TimeSpan.FromSeconds(42));
        await h.Engine.PingAsync(token, PingKind.Success, CancellationToken.None);

        var pings = await h.Store.ListPingsAsync(beat.Name, 10, CancellationToken.None);
        Assert.Equal([PingKind.Success, PingKind.Start], pings.Select(p => p.Kind));
        Assert.Equal(42_000, pings[0].DurationMs);
        Assert.Null(pings[1].DurationMs);
    }

    [Fact]
    public async Task Ping_UnknownToken_ReturnsNullAndChangesNothing()
    {
        var h = new EngineHarness();
        var beat = Monitors.Heartbeat(TimeSpan.FromMinutes(1), TimeSpan.Zero);
        h.Engine.Apply(beat);

        Assert.Null(await h.Engine.PingAsync(HeartbeatTokens.Create(), PingKind.Fail, CancellationToken.None));
        Assert.Equal(MonitorState.Pending, h.StateOf(beat.Name));
    }

    [Fact]
    public async Task Deadline_InsideMaintenance_NoIncidentUntilAFullPeriodAfterIt()
    {
        var h = new EngineHarness();
        var start = h.Now;
        var window = new MaintenanceWindow(start + 60_000, start + 600_000, "database upgrade");
        var beat = Monitors.Heartbeat(TimeSpan.FromMinutes(2), TimeSpan.Zero) with { Maintenance = [window] };
        h.Engine.Apply(beat);
        await h.Engine.PingAsync(beat.Heartbeat!.Token, PingKind.Success, CancellationToken.None);

        await h.AdvanceAsync(TimeSpan.FromMinutes(11), Second * 5);
        Assert.Empty(h.Sink.Raised);
        Assert.Equal(MonitorState.Up, h.StateOf(beat.Name));

        await h.AdvanceAsync(TimeSpan.FromMinutes(1), Second * 5);
        Assert.Single(h.Sink.Raised);
        Assert.InRange(h.Store.Incidents[0].Start, window.To + 120_000, window.To + 125_000);
    }

    [Fact]
    public async Task Paused_DeadlinePasses_NoIncident()
    {
        var h = new EngineHarness();
        var beat = Monitors.Heartbeat(TimeSpan.FromSeconds(10), TimeSpan.Zero);
        h.Engine.Apply(beat);
        await h.Engine.PingAsync(beat.Heartbeat!.Token, PingKind.Success, CancellationToken.None);
        h.Engine.Apply(beat with { Paused = true });

        await h.AdvanceAsync(TimeSpan.FromMinutes(1), Second);

        Assert.Empty(h.Sink.Raised);
        Assert.Equal(MonitorState.Paused, h.StateOf(beat.Name));
    }
}

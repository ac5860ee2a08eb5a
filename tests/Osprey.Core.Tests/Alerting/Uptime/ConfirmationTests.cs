using Osprey.Core.Alerting.Uptime;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Uptime;

public sealed class ConfirmationTests
{
    private static readonly Uri Target = new("http://127.0.0.1:9/health");

    [Fact]
    public async Task Failures_ShorterThanConfirmation_OpenNoIncident()
    {
        var probe = new ScriptedProbe();
        var h = new EngineHarness(probe);
        var web = Monitors.Http(Target, TimeSpan.FromSeconds(10), confirmation: TimeSpan.FromSeconds(30));
        h.Engine.Apply(web);
        await h.Engine.RunDueAsync(CancellationToken.None);

        probe.Up = false;
        await h.AdvanceAsync(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10));
        probe.Up = true;
        await h.AdvanceAsync(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(10));

        Assert.Empty(h.Sink.Raised);
        Assert.Equal(MonitorState.Up, h.StateOf(web.Name));
    }

    [Fact]
    public async Task Failures_LastingConfirmation_OpenOneIncidentThenRecoveryResolves()
    {
        var probe = new ScriptedProbe();
        var h = new EngineHarness(probe);
        var web = Monitors.Http(Target, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
        h.Engine.Apply(web);
        await h.Engine.RunDueAsync(CancellationToken.None);

        probe.Up = false;
        await h.AdvanceAsync(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10));
        Assert.Empty(h.Sink.Raised);
        await h.AdvanceAsync(TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(10));
        Assert.Single(h.Sink.Raised);
        Assert.Equal(MonitorState.Down, h.StateOf(web.Name));

        probe.Up = true;
        await h.AdvanceAsync(TimeSpan.FromSeconds(50), TimeSpan.FromSeconds(10));
        Assert.Empty(h.Sink.Resolved);
        await h.AdvanceAsync(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10));

        Assert.Equal([$"uptime:{web.Name}"], h.Sink.Resolved);
        Assert.Single(h.Sink.Raised);
        Assert.Equal(MonitorState.Up, h.StateOf(web.Name));
        Assert.NotNull(Assert.Single(h.Store.Incidents).End);
    }

    [Fact]
    public async Task Failure_DuringRecovery_RestartsTheRecoveryPeriod()
    {
        var probe = new ScriptedProbe { Up = false };
        var h = new EngineHarness(probe);
        var web = Monitors.Http(Target, TimeSpan.FromSeconds(10), recovery: TimeSpan.FromSeconds(30));
        h.Engine.Apply(web);
        await h.Engine.RunDueAsync(CancellationToken.None);
        Assert.Equal(MonitorState.Down, h.StateOf(web.Name));

        probe.Up = true;
        await h.AdvanceAsync(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10));
        probe.Up = false;
        await h.AdvanceAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        probe.Up = true;
        await h.AdvanceAsync(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10));

        await h.AdvanceAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        Assert.Empty(h.Sink.Resolved);
        await h.AdvanceAsync(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
        Assert.Single(h.Sink.Resolved);
    }

    [Fact]
    public async Task Failures_InsideMaintenanceWindow_OpenNoIncident()
    {
        var probe = new ScriptedProbe();
        var h = new EngineHarness(probe);
        var window = new MaintenanceWindow(h.Now, h.Now + 300_000, "deploy");
        var web = Monitors.Http(Target, TimeSpan.FromSeconds(10)) with { Maintenance = [window] };
        h.Engine.Apply(web);
        probe.Up = false;

        await h.AdvanceAsync(TimeSpan.FromSeconds(290), TimeSpan.FromSeconds(10));
        Assert.Empty(h.Sink.Raised);

        await h.AdvanceAsync(TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(10));
        Assert.Single(h.Sink.Raised);
    }

    [Fact]
    public async Task Checks_EveryInterval_OneCheckPerIntervalAndRolledUp()
    {
        var probe = new ScriptedProbe();
        var h = new EngineHarness(probe);
        var web = Monitors.Http(Target, TimeSpan.FromSeconds(1));
        h.Engine.Apply(web);
        await h.Engine.RunDueAsync(CancellationToken.None);

        await h.AdvanceAsync(TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(250));

        Assert.Equal(11, probe.Calls);
        Assert.Equal(11, h.Store.Checks.Count(c => c.Monitor == web.Name && c.Up));
    }

    [Fact]
    public async Task Paused_Monitor_IsNotChecked()
    {
        var probe = new ScriptedProbe();
        var h = new EngineHarness(probe);
        h.Engine.Apply(Monitors.Http(Target) with { Paused = true });

        await h.AdvanceAsync(TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(30));

        Assert.Equal(0, probe.Calls);
    }
}

using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Uptime;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

public sealed class UptimeStoreTests(SqliteDatabaseFixture database) : IClassFixture<SqliteDatabaseFixture>
{
    private const long Day = 86_400_000;
    private static readonly CancellationToken None = CancellationToken.None;

    private IUptimeStore Store => database.Stores.Uptime;

    [Fact]
    public async Task Save_ThenList_ReturnsTheDefinitionAndReplacesOnSecondSave()
    {
        var beat = Heartbeat();
        await Store.SaveAsync(beat, None);
        await Store.SaveAsync(beat with { Paused = true }, None);

        var stored = (await Store.ListAsync(None)).Single(m => m.Name == beat.Name);

        Assert.True(stored.Paused);
        Assert.Equal(beat.Heartbeat, stored.Heartbeat);
    }

    [Fact]
    public async Task Save_TokenUsedByAnother_IsRefused()
    {
        var first = Heartbeat();
        await Store.SaveAsync(first, None);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.SaveAsync(Heartbeat() with { Heartbeat = first.Heartbeat }, None));
    }

    [Fact]
    public async Task Incidents_OpenTwiceThenClose_OneIncidentWithEnd()
    {
        var beat = Heartbeat();
        await Store.SaveAsync(beat, None);

        var id = await Store.OpenIncidentAsync(beat.Name, 1_000, "no ping", None);
        Assert.Equal(id, await Store.OpenIncidentAsync(beat.Name, 2_000, "again", None));
        Assert.True(await Store.CloseIncidentAsync(beat.Name, 5_000, None));
        Assert.False(await Store.CloseIncidentAsync(beat.Name, 6_000, None));

        var incident = Assert.Single(await Store.ListIncidentsAsync(beat.Name, 0, 10, None));
        Assert.Equal((1_000L, 5_000L, "no ping"), (incident.Start, incident.End!.Value, incident.Cause));
    }

    [Fact]
    public async Task RecordChecks_TwoBatchesOverTwoDays_RollsUpPerDay()
    {
        var beat = Heartbeat();
        await Store.SaveAsync(beat, None);
        var day = 20_000 * Day;

        await Store.RecordChecksAsync([new(beat.Name, day + 10, true, 5), new(beat.Name, day + 20, false, 7)], None);
        await Store.RecordChecksAsync([new(beat.Name, day + 30, true, 3), new(beat.Name, day + Day + 1, true, 1)], None);

        var days = await Store.ListCheckDaysAsync(beat.Name, day + 5, None);
        Assert.Equal([new CheckDay(beat.Name, day, 3, 1, 15), new CheckDay(beat.Name, day + Day, 1, 0, 1)], days);
    }

    [Fact]
    public async Task Status_SavedThenDeleted_GoesWithTheMonitor()
    {
        var beat = Heartbeat();
        await Store.SaveAsync(beat, None);
        await Store.SaveStatusAsync(new MonitorStatus(beat.Name, MonitorState.Down, 10, 11, "no ping", 9, null), None);
        await Store.RecordPingAsync(new PingRecord(beat.Name, 9, PingKind.Success, 30), None);
        Assert.Contains(await Store.ListStatusesAsync(None), s => s.Monitor == beat.Name && s.State == MonitorState.Down && s.LastCause == "no ping");
        Assert.Equal(30, Assert.Single(await Store.ListPingsAsync(beat.Name, 5, None)).DurationMs);

        Assert.True(await Store.DeleteAsync(beat.Name, None));

        Assert.DoesNotContain(await Store.ListStatusesAsync(None), s => s.Monitor == beat.Name);
        Assert.Empty(await Store.ListPingsAsync(beat.Name, 5, None));
        Assert.False(await Store.DeleteAsync(beat.Name, None));
    }

    [Fact]
    public async Task Reopen_Database_KeepsDefinitionsAndIncidents()
    {
        var folder = Path.Combine(Path.GetTempPath(), "osprey-uptime-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(folder, "osprey.db");
        var beat = Heartbeat();
        await using (var first = await SqliteStores.OpenAsync(path, None))
        {
            await first.Stores.Uptime.SaveAsync(beat, None);
            await first.Stores.Uptime.OpenIncidentAsync(beat.Name, 100, "no ping", None);
        }
        await using (var second = await SqliteStores.OpenAsync(path, None))
        {
            Assert.Equal(beat.Heartbeat, Assert.Single(await second.Stores.Uptime.ListAsync(None)).Heartbeat);
            Assert.Null(Assert.Single(await second.Stores.Uptime.ListIncidentsAsync(null, 0, 10, None)).End);
        }
        Directory.Delete(folder, recursive: true);
    }

    private static MonitorDefinition Heartbeat() => new(
        $"job-{Guid.NewGuid():N}", MonitorKind.Heartbeat, TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeSpan.Zero, AlertPriority.P3, ["nightly"],
        Paused: false, OnStatusPage: true, Maintenance: [], Heartbeat: new HeartbeatSettings(TimeSpan.FromHours(1), TimeSpan.FromMinutes(5), HeartbeatTokens.Create()));
}

using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>Snoozes end under a fake clock: lazily before reads, and on the snooze timer's beat.</summary>
public sealed class AlertSnoozeTests
{
    [Fact]
    public async Task SnoozeAsync_TimePasses_SnoozeEndedRecordedOnceAtSnoozeEnd()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, default);
        var clock = new ManualTimeProvider();
        var alerts = new AlertService(database.Stores.Alerts, clock);
        var receipt = await alerts.RaiseAsync(new AlertRequest("Noisy", Some.Name("snooze")), default);
        var until = clock.GetUtcNow().AddMinutes(30);
        await alerts.SnoozeAsync(receipt.AlertId, AlertIdentifierType.Id, until, "ana", null, default);

        clock.Advance(TimeSpan.FromMinutes(29));
        var before = await alerts.FindAsync(receipt.AlertId, AlertIdentifierType.Id, default);
        clock.Advance(TimeSpan.FromMinutes(2));
        var events = await alerts.ReadAfterAsync(0, 100, default);
        var after = await alerts.FindAsync(receipt.AlertId, AlertIdentifierType.Id, default);
        var again = await alerts.ReadAfterAsync(0, 100, default);

        Assert.Equal(until.ToUnixTimeMilliseconds(), before.SnoozedUntil);
        Assert.Null(after.SnoozedUntil);
        Assert.Equal([AlertEventKind.Created, AlertEventKind.Snoozed, AlertEventKind.SnoozeEnded], events.Select(e => e.Kind));
        Assert.Equal(until.ToUnixTimeMilliseconds(), events[^1].At);
        Assert.Equal(3, again.Count);
    }

    [Fact]
    public async Task AlertSnoozeTimer_ClockPassesSnoozeEnd_RecordsSnoozeEndedWithoutAnyRead()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, default);
        var clock = new ManualTimeProvider();
        var alerts = new AlertService(database.Stores.Alerts, clock);
        var receipt = await alerts.RaiseAsync(new AlertRequest("Snoozed", Some.Name("timer")), default);
        await alerts.SnoozeAsync(receipt.AlertId, AlertIdentifierType.Id, clock.GetUtcNow().AddMinutes(10), null, null, default);
        await using var timer = new AlertSnoozeTimer(alerts, clock, TimeSpan.FromMinutes(1));

        clock.Advance(TimeSpan.FromMinutes(11));
        await timer.TickAsync();

        var history = await database.Stores.Alerts.ReadHistoryAsync(receipt.AlertId, default);
        Assert.Equal(AlertEventKind.SnoozeEnded, history[^1].Kind);
        Assert.Null(timer.LastFailure);
    }

    [Fact]
    public async Task SnoozeAsync_EndInPast_IsInvalidParameterNamingEndTime()
    {
        using var folder = new TempFolder();
        await using var database = await SqliteStores.OpenAsync(folder.Database, default);
        var clock = new ManualTimeProvider();
        var alerts = new AlertService(database.Stores.Alerts, clock);
        var receipt = await alerts.RaiseAsync(new AlertRequest("Past", Some.Name("past")), default);

        var error = await Assert.ThrowsAsync<OspreyException>(() =>
            alerts.SnoozeAsync(receipt.AlertId, AlertIdentifierType.Id, clock.GetUtcNow().AddMinutes(-1), null, null, default));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains("endTime", error.Message, StringComparison.Ordinal);
    }
}

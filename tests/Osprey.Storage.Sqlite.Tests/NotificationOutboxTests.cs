using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Notifications;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

public sealed class NotificationOutboxTests : IClassFixture<SqliteDatabaseFixture>
{
    private readonly INotificationStore _store;

    public NotificationOutboxTests(SqliteDatabaseFixture fixture) => _store = fixture.Stores.Notifications;

    private static NewNotification Notification(string alertId, long sequence, long at = 1_000) =>
        new("user:alice", "hook", new NotificationContent(alertId, 1, "Disk full", AlertPriority.P2, AlertEventKind.Escalated, sequence, at, null), at);

    [Fact]
    public async Task CommitEvent_SameNotificationTwice_StoresItOnce()
    {
        var alertId = "al-" + Guid.NewGuid().ToString("N");
        var cursor = await _store.GetCursorAsync(CancellationToken.None);

        await _store.CommitEventAsync(cursor + 1, null, [Notification(alertId, 7)], 1_000, CancellationToken.None);
        await _store.CommitEventAsync(cursor + 2, null, [Notification(alertId, 7)], 1_000, CancellationToken.None);

        Assert.Single(await _store.ListDeliveriesAsync(new DeliveryQuery(alertId), CancellationToken.None));
        Assert.Equal(cursor + 2, await _store.GetCursorAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Claim_SenderDiedWithTheLease_ClaimsItAgainWithTheSameDeliveryIdAfterTheLease()
    {
        var alertId = "al-" + Guid.NewGuid().ToString("N");
        var cursor = await _store.GetCursorAsync(CancellationToken.None);
        await _store.CommitEventAsync(cursor + 1, null, [Notification(alertId, 3, at: 5_000)], 5_000, CancellationToken.None);

        var first = (await _store.ClaimAsync(5_000, TimeSpan.FromMinutes(2), 1000, CancellationToken.None)).Single(e => e.Content.AlertId == alertId);
        var during = await _store.ClaimAsync(5_000 + 119_000, TimeSpan.FromMinutes(2), 1000, CancellationToken.None);
        var after = (await _store.ClaimAsync(5_000 + 120_000, TimeSpan.FromMinutes(2), 1000, CancellationToken.None)).Single(e => e.Content.AlertId == alertId);

        Assert.DoesNotContain(during, e => e.Content.AlertId == alertId);
        Assert.Equal(first.DeliveryId, after.DeliveryId);
        Assert.Equal((1, 2), (first.Attempts, after.Attempts));
    }
}

using Osprey.Core;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Alerts;

public sealed class AlertLifecycleTests
{
    private static readonly Alert Open = new("id1", 7, "alias", "msg", null, AlertPriority.P3, AlertStatus.Open, false, null, null, 1, 1_000, 1_000,
        null, null, [], new Dictionary<string, string>(), null, null, [], null, null);

    [Fact]
    public void Apply_AcknowledgeSnoozed_EndsSnoozeAndKeepsFirstAckAcrossUnack()
    {
        var snoozed = Open with { SnoozedUntil = 9_000 };

        var acked = AlertLifecycle.Apply(snoozed, new AlertTransition(AlertEventKind.Acknowledged, 2_000, "ana", null)).Next;
        var unacked = AlertLifecycle.Apply(acked, new AlertTransition(AlertEventKind.Unacknowledged, 3_000, "ana", null)).Next;
        var reacked = AlertLifecycle.Apply(unacked, new AlertTransition(AlertEventKind.Acknowledged, 4_000, "bo", null)).Next;

        Assert.Null(acked.SnoozedUntil);
        Assert.Equal((true, "bo", 4_000L, 2_000L), (reacked.Acknowledged, reacked.AcknowledgedBy, reacked.AcknowledgedAt!.Value, reacked.FirstAcknowledgedAt!.Value));
    }

    [Fact]
    public void Apply_RepeatedAcknowledge_RecordsNothing()
    {
        var acked = Open with { Acknowledged = true };

        var result = AlertLifecycle.Apply(acked, new AlertTransition(AlertEventKind.Acknowledged, 2_000, "ana", null));

        Assert.False(result.Recorded);
    }

    [Fact]
    public void Apply_SnoozeOnClosed_ThrowsInvalidState()
    {
        var closed = Open with { Status = AlertStatus.Closed };

        var error = Assert.Throws<OspreyException>(() => AlertLifecycle.Apply(closed, new AlertTransition(AlertEventKind.Snoozed, 2_000, null, null, SnoozeUntil: 5_000)));

        Assert.Equal(ErrorCode.InvalidState, error.Code);
    }

    [Fact]
    public void Apply_NoteOnClosed_IsRecorded()
    {
        var closed = Open with { Status = AlertStatus.Closed };

        Assert.True(AlertLifecycle.Apply(closed, new AlertTransition(AlertEventKind.NoteAdded, 2_000, null, "post-mortem")).Recorded);
    }

    [Fact]
    public void Apply_CloseAsNoise_AddsNoiseTagAndClearsSnooze()
    {
        var next = AlertLifecycle.Apply(Open with { SnoozedUntil = 5_000 }, new AlertTransition(AlertEventKind.Closed, 2_000, "ana", null, Noise: true)).Next;

        Assert.Equal((AlertStatus.Closed, 2_000L, "ana"), (next.Status, next.ClosedAt!.Value, next.ClosedBy));
        Assert.Equal([AlertNoise.Tag], next.Tags);
        Assert.Null(next.SnoozedUntil);
    }
}

using Xunit;
using Osprey.Core.Alerting.OnCall;
using static Osprey.Core.Tests.Alerting.OnCall.ScheduleFixtures;

namespace Osprey.Core.Tests.Alerting.OnCall;

public sealed class ScheduleLayerTests
{
    private static Schedule TwoLayers(params ScheduleOverride[] overrides) => Of(Berlin,
        Layer("base", "2026-06-01T09:00", TimeSpan.FromDays(7), ["alice", "bob"]),
        Layer("business", "2026-06-01T09:00", TimeSpan.FromDays(1), ["carol"], Weekdays("09:00", "17:00"))) with { Overrides = overrides };

    [Fact]
    public void OnCallAt_HigherLayerInsideItsRestriction_Wins()
    {
        // Tuesday 2026-06-02 10:00 CEST is 08:00Z.
        Assert.Equal(("carol", "business"), TwoLayers().OnCallAt(Utc("2026-06-02T08:00Z")));
    }

    [Fact]
    public void OnCallAt_OutsideTheHigherLayersRestriction_FallsToTheLowerLayer()
    {
        var schedule = TwoLayers();

        Assert.Equal(("alice", "base"), schedule.OnCallAt(Utc("2026-06-02T16:00Z")));
        Assert.Equal(("alice", "base"), schedule.OnCallAt(Utc("2026-06-06T08:00Z")));
    }

    [Fact]
    public void OnCallAt_Override_BeatsEveryLayerOnlyInsideItsWindow()
    {
        var schedule = TwoLayers(new ScheduleOverride("dave", Utc("2026-06-02T10:00Z"), Utc("2026-06-02T11:00Z")));

        Assert.Equal(("dave", "override"), schedule.OnCallAt(Utc("2026-06-02T10:30Z")));
        Assert.Equal("carol", schedule.OnCallAt(Utc("2026-06-02T11:00Z")).User);
    }

    [Fact]
    public void Timeline_LayersAndOverride_SplitsTheDayAtRestrictionAndOverrideEdges()
    {
        var schedule = TwoLayers(new ScheduleOverride("dave", Utc("2026-06-02T10:00Z"), Utc("2026-06-02T11:00Z")));

        var shifts = schedule.Timeline(Utc("2026-06-02T00:00Z"), Utc("2026-06-03T00:00Z"));

        Assert.Equal(
            [("alice", "00:00"), ("carol", "07:00"), ("dave", "10:00"), ("carol", "11:00"), ("alice", "15:00")],
            shifts.Select(s => (s.User, s.Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(Utc("2026-06-03T00:00Z"), shifts[^1].End);
    }

    [Fact]
    public void Gaps_OnlyBusinessHoursCovered_ReturnsEachNightAndTheWeekend()
    {
        var schedule = Of(Berlin, Layer("business", "2026-06-01T09:00", TimeSpan.FromDays(1), ["carol"], Weekdays("09:00", "17:00")));

        var gaps = schedule.Gaps(Utc("2026-06-05T07:00Z"), Utc("2026-06-08T07:00Z"));

        Assert.Equal([(Utc("2026-06-05T15:00Z"), Utc("2026-06-08T07:00Z"))], gaps.Select(g => (g.Start, g.End)));
    }

    [Fact]
    public void OnCallAt_RestrictionPastMidnight_CoversTheEarlyHoursOfTheNextDay()
    {
        var night = new TimeRestriction(new HashSet<DayOfWeek> { DayOfWeek.Friday }, new TimeOnly(22, 0), new TimeOnly(6, 0));
        var schedule = Of(TimeZoneInfo.Utc, Layer("night", "2026-06-01T00:00", TimeSpan.FromDays(7), ["owl"], night));

        Assert.Equal("owl", schedule.OnCallAt(Utc("2026-06-05T23:00Z")).User);
        Assert.Equal("owl", schedule.OnCallAt(Utc("2026-06-06T05:59Z")).User);
        Assert.Null(schedule.OnCallAt(Utc("2026-06-06T06:00Z")).User);
        Assert.Null(schedule.OnCallAt(Utc("2026-06-05T21:59Z")).User);
    }
}

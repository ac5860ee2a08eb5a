using Xunit;
using static Osprey.Core.Tests.Alerting.OnCall.ScheduleFixtures;

namespace Osprey.Core.Tests.Alerting.OnCall;

public sealed class ScheduleDstTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public void OnCallAt_WeeklyBerlinAcrossSpringForward_HandsOffAtNineLocalWhichMovesOneHourEarlierInUtc()
    {
        var schedule = Of(Berlin, Layer("weekly", "2026-03-23T09:00", Week, ["alice", "bob"]));

        Assert.Equal("alice", schedule.OnCallAt(Utc("2026-03-23T08:00Z")).User);
        Assert.Null(schedule.OnCallAt(Utc("2026-03-23T07:59Z")).User);
        Assert.Equal("alice", schedule.OnCallAt(Utc("2026-03-30T06:59Z")).User);
        Assert.Equal("bob", schedule.OnCallAt(Utc("2026-03-30T07:00Z")).User);
    }

    [Fact]
    public void OnCallAt_WeeklyBerlinAcrossFallBack_HandsOffAtNineLocalWhichMovesOneHourLaterInUtc()
    {
        var schedule = Of(Berlin, Layer("weekly", "2026-10-19T09:00", Week, ["alice", "bob"]));

        Assert.Equal("alice", schedule.OnCallAt(Utc("2026-10-19T07:00Z")).User);
        Assert.Equal("alice", schedule.OnCallAt(Utc("2026-10-26T07:59Z")).User);
        Assert.Equal("bob", schedule.OnCallAt(Utc("2026-10-26T08:00Z")).User);
    }

    [Fact]
    public void Timeline_WeeklyNewYorkAcrossSpringForward_ShiftsEndAtLocalHandOffs()
    {
        var schedule = Of(NewYork, Layer("weekly", "2026-03-02T09:00", Week, ["alice", "bob"]));

        var shifts = schedule.Timeline(Utc("2026-03-02T14:00Z"), Utc("2026-03-16T13:00Z"));

        Assert.Collection(shifts,
            s => Assert.Equal(("alice", Utc("2026-03-02T14:00Z"), Utc("2026-03-09T13:00Z")), (s.User, s.Start, s.End)),
            s => Assert.Equal(("bob", Utc("2026-03-09T13:00Z"), Utc("2026-03-16T13:00Z")), (s.User, s.Start, s.End)));
    }

    [Fact]
    public void Timeline_DailyHandOffInsideTheSpringGap_MovesForwardByTheGapThatDayOnly()
    {
        // 02:30 does not exist in New York on 2026-03-08: that hand-off happens at 03:30 EDT (07:30Z); the next day is back at 02:30 (06:30Z).
        var schedule = Of(NewYork, Layer("daily", "2026-03-06T02:30", Day, ["a", "b", "c"]));

        var shifts = schedule.Timeline(Utc("2026-03-07T07:30Z"), Utc("2026-03-09T07:00Z"));

        Assert.Equal(["b", "c", "a"], shifts.Select(s => s.User));
        Assert.Equal(Utc("2026-03-08T07:30Z"), shifts[1].Start);
        Assert.Equal(Utc("2026-03-09T06:30Z"), shifts[1].End);
    }

    [Fact]
    public void OnCallAt_DailyHandOffAtARepeatedAutumnTime_HandsOffAtTheFirstOccurrence()
    {
        // 01:30 happens twice in New York on 2026-11-01; the hand-off is the first one (EDT, 05:30Z), not the second (EST, 06:30Z).
        var schedule = Of(NewYork, Layer("daily", "2026-10-30T01:30", Day, ["a", "b", "c"]));

        Assert.Equal("b", schedule.OnCallAt(Utc("2026-11-01T05:29Z")).User);
        Assert.Equal("c", schedule.OnCallAt(Utc("2026-11-01T05:30Z")).User);
        Assert.Equal("a", schedule.OnCallAt(Utc("2026-11-02T06:30Z")).User);
    }
}

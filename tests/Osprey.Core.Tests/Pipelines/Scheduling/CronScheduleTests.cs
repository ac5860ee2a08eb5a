using Osprey.Core.Pipelines.Scheduling;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Scheduling;

public sealed class CronScheduleTests
{
    // 2026: Berlin springs forward on 29 March at 01:00 UTC (02:00 → 03:00) and falls back on 25 October at 01:00 UTC (03:00 → 02:00);
    // New York springs forward on 8 March at 07:00 UTC and falls back on 1 November at 06:00 UTC (02:00 → 01:00).
    private const string Berlin = "Europe/Berlin";
    private const string NewYork = "America/New_York";

    [Fact]
    public void NextAfter_FixedTimeInSpringGap_FiresOnceWhenGapEnds()
    {
        var fires = Fires("30 2 * * *", Berlin, "2026-03-27T00:00:00Z", 4);

        Assert.Equal(["2026-03-27T01:30:00Z", "2026-03-28T01:30:00Z", "2026-03-29T01:00:00Z", "2026-03-30T00:30:00Z"], fires);
    }

    [Fact]
    public void NextAfter_FixedTimeInSpringGap_ReportsLocalTimeAfterGap()
    {
        var schedule = Schedule("30 2 * * *", Berlin);

        var fire = schedule.NextAfter(DateTimeOffset.Parse("2026-03-28T12:00:00Z"))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 0, 0, TimeSpan.FromHours(2)), fire);
        Assert.Equal(TimeSpan.FromHours(2), fire.Offset);
    }

    [Fact]
    public void NextAfter_EveryQuarterHourOfTheSkippedHour_CollapsesToOneFire()
    {
        var fires = Fires("*/15 2 * * *", Berlin, "2026-03-28T23:00:00Z", 2);

        Assert.Equal(["2026-03-29T01:00:00Z", "2026-03-30T00:00:00Z"], fires);
    }

    [Fact]
    public void NextAfter_FixedTimeInFallBackOverlap_FiresOnlyInFirstPass()
    {
        var fires = Fires("30 2 * * *", Berlin, "2026-10-23T00:00:00Z", 4);

        Assert.Equal(["2026-10-23T00:30:00Z", "2026-10-24T00:30:00Z", "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"], fires);
    }

    [Fact]
    public void NextAfter_FixedTimeAskedDuringSecondPass_SkipsToNextDay()
    {
        var schedule = Schedule("45 2 * * *", Berlin);

        // 02:40 in the second pass (CET): 02:45 already fired in the first pass.
        var fire = schedule.NextAfter(DateTimeOffset.Parse("2026-10-25T01:40:00Z"));

        Assert.Equal(DateTimeOffset.Parse("2026-10-26T01:45:00Z"), fire);
    }

    [Fact]
    public void NextAfter_HourlyAcrossFallBack_FiresEveryElapsedHour()
    {
        var fires = Fires("0 * * * *", Berlin, "2026-10-24T23:30:00Z", 4);

        Assert.Equal(["2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z", "2026-10-25T03:00:00Z"], fires);
    }

    [Fact]
    public void NextAfter_HourlyAcrossSpringForward_SkipsTheMissingHour()
    {
        var fires = Fires("0 * * * *", Berlin, "2026-03-28T23:30:00Z", 3);

        Assert.Equal(["2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z"], fires);
    }

    [Fact]
    public void NextAfter_HalfHourlyFromFirstPassInNewYork_VisitsBothPasses()
    {
        // 01:10 EDT, the first pass of New York's repeated 01:00-02:00.
        var fires = Fires("*/30 * * * *", NewYork, "2026-11-01T05:10:00Z", 5);

        Assert.Equal(["2026-11-01T05:30:00Z", "2026-11-01T06:00:00Z", "2026-11-01T06:30:00Z", "2026-11-01T07:00:00Z", "2026-11-01T07:30:00Z"], fires);
    }

    [Fact]
    public void NextAfter_FixedTimeInNewYorkOverlap_FiresOnce()
    {
        var fires = Fires("30 1 * * *", NewYork, "2026-10-31T12:00:00Z", 2);

        Assert.Equal(["2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"], fires);
    }

    [Fact]
    public void NextAfter_NewYorkSpringForward_MovesToThreeOClock()
    {
        var fires = Fires("0 2 * * *", NewYork, "2026-03-07T12:00:00Z", 2);

        Assert.Equal(["2026-03-08T07:00:00Z", "2026-03-09T06:00:00Z"], fires);
    }

    [Fact]
    public void NextAfter_WholeYearHourlyInBerlin_FiresOncePerElapsedHour()
    {
        var schedule = Schedule("@hourly", Berlin);
        var start = DateTimeOffset.Parse("2025-12-31T23:59:59Z");

        var count = 0;
        var previous = start.AddSeconds(1).AddHours(-1);
        for (var fire = schedule.NextAfter(start); fire < start.AddYears(1); fire = schedule.NextAfter(fire.Value))
        {
            Assert.Equal(TimeSpan.FromHours(1), fire.Value - previous);
            previous = fire.Value;
            count++;
        }

        Assert.Equal(365 * 24, count);
    }

    [Fact]
    public void NextAfter_WholeYearDailyAtTwoThirty_FiresOncePerCalendarDay()
    {
        var schedule = Schedule("30 2 * * *", Berlin);
        var start = DateTimeOffset.Parse("2026-01-01T00:00:00+01:00");

        var days = new List<DateOnly>();
        for (var fire = schedule.NextAfter(start); fire < start.AddYears(1); fire = schedule.NextAfter(fire.Value))
        {
            days.Add(DateOnly.FromDateTime(schedule.ToZone(fire.Value).DateTime));
        }

        Assert.Equal(365, days.Count);
        Assert.Equal(365, days.Distinct().Count());
    }

    [Fact]
    public void NextAfter_LastDayOfMonthInZone_FollowsLeapYear()
    {
        var fires = Fires("0 0 L * *", NewYork, "2028-01-15T00:00:00Z", 3);

        Assert.Equal(["2028-01-31T05:00:00Z", "2028-02-29T05:00:00Z", "2028-03-31T04:00:00Z"], fires);
    }

    [Theory]
    [InlineData("0 * * * *", Berlin, "2026-10-25T02:00:00Z", "2026-10-25T01:00:00Z")]
    [InlineData("0 * * * *", Berlin, "2026-10-25T01:00:00Z", "2026-10-25T00:00:00Z")]
    [InlineData("30 2 * * *", Berlin, "2026-03-30T00:00:00Z", "2026-03-29T01:00:00Z")]
    [InlineData("30 2 * * *", Berlin, "2026-10-26T00:00:00Z", "2026-10-25T00:30:00Z")]
    [InlineData("0 12 29 2 *", NewYork, "2031-01-01T00:00:00Z", "2028-02-29T17:00:00Z")]
    [InlineData("* * * * * *", "UTC", "2026-01-01T00:00:00Z", "2025-12-31T23:59:59Z")]
    public void PreviousBefore_Instant_FindsLastFireStrictlyBefore(string cron, string zone, string before, string expected)
    {
        var schedule = Schedule(cron, zone);

        Assert.Equal(DateTimeOffset.Parse(expected), schedule.PreviousBefore(DateTimeOffset.Parse(before)));
    }

    private static CronSchedule Schedule(string cron, string zone)
    {
        var parsed = CronExpression.Parse(cron);
        Assert.True(parsed.Success, parsed.Error?.ToString());
        return new CronSchedule(parsed.Value!, TimeZoneInfo.FindSystemTimeZoneById(zone));
    }

    private static List<string> Fires(string cron, string zone, string from, int count)
    {
        var schedule = Schedule(cron, zone);
        var fires = new List<string>();
        var cursor = DateTimeOffset.Parse(from);
        while (fires.Count < count)
        {
            var next = schedule.NextAfter(cursor);
            Assert.NotNull(next);
            Assert.True(next > cursor);
            fires.Add(next.Value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
            cursor = next.Value;
        }
        return fires;
    }
}

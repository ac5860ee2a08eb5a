using Osprey.Core.Pipelines.Scheduling;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Scheduling;

public sealed class CronExpressionTests
{
    [Theory]
    [InlineData("0 2 * * *", "2026-01-01T00:00:00", "2026-01-01T02:00:00")]
    [InlineData("0 2 * * *", "2026-01-01T02:00:00", "2026-01-01T02:00:00")]
    [InlineData("0 2 * * *", "2026-01-01T02:00:01", "2026-01-02T02:00:00")]
    [InlineData("*/15 * * * *", "2026-01-01T10:16:00", "2026-01-01T10:30:00")]
    [InlineData("30 */6 * * *", "2026-01-01T07:00:00", "2026-01-01T12:30:00")]
    [InlineData("15,45 9-17 * * MON-FRI", "2026-01-02T17:50:00", "2026-01-05T09:15:00")]
    [InlineData("0 0 1 JAN *", "2026-03-01T00:00:00", "2027-01-01T00:00:00")]
    [InlineData("30 0 10 * * *", "2026-01-01T10:00:29", "2026-01-01T10:00:30")]
    [InlineData("*/20 * * * * *", "2026-01-01T00:00:41", "2026-01-01T00:01:00")]
    [InlineData("0 0 * * 7", "2026-01-01T00:00:00", "2026-01-04T00:00:00")]
    [InlineData("0 0 * * 0", "2026-01-01T00:00:00", "2026-01-04T00:00:00")]
    [InlineData("0 0 10-20/5 * *", "2026-01-11T00:00:00", "2026-01-15T00:00:00")]
    [InlineData("0 0 5/10 * *", "2026-01-06T00:00:00", "2026-01-15T00:00:00")]
    [InlineData("@hourly", "2026-01-01T10:00:01", "2026-01-01T11:00:00")]
    [InlineData("@daily", "2026-01-01T10:00:00", "2026-01-02T00:00:00")]
    [InlineData("@weekly", "2026-01-01T10:00:00", "2026-01-04T00:00:00")]
    [InlineData("@monthly", "2026-01-01T10:00:00", "2026-02-01T00:00:00")]
    [InlineData("@yearly", "2026-01-01T10:00:00", "2027-01-01T00:00:00")]
    public void NextLocal_Expression_FindsFirstMatchAtOrAfter(string cron, string from, string expected)
    {
        var expression = Parse(cron);

        Assert.Equal(DateTime.Parse(expected), expression.NextLocal(DateTime.Parse(from)));
    }

    [Fact]
    public void NextLocal_FromFractionalSecond_RoundsUp()
    {
        var expression = Parse("* * * * * *");

        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 1), expression.NextLocal(new DateTime(2026, 1, 1).AddMilliseconds(10)));
    }

    [Fact]
    public void NextLocal_The31st_SkipsShortMonths()
    {
        var expression = Parse("0 0 31 * *");

        var fires = Fires(expression, new DateTime(2026, 1, 1), 7);

        Assert.Equal(new[] { 1, 3, 5, 7, 8, 10, 12 }, fires.Select(f => f.Month));
        Assert.All(fires, f => Assert.Equal(31, f.Day));
    }

    [Fact]
    public void NextLocal_February29_FiresOnlyInLeapYears()
    {
        var expression = Parse("0 12 29 2 *");

        var fires = Fires(expression, new DateTime(2026, 1, 1), 3);

        Assert.Equal(new[] { new DateTime(2028, 2, 29, 12, 0, 0), new DateTime(2032, 2, 29, 12, 0, 0), new DateTime(2036, 2, 29, 12, 0, 0) }, fires);
    }

    [Fact]
    public void NextLocal_LastDayOfMonth_FollowsMonthLengthAndLeapYears()
    {
        var expression = Parse("0 23 L * *");

        var fires = Fires(expression, new DateTime(2028, 1, 1), 4);

        Assert.Equal(new[] { 31, 29, 31, 30 }, fires.Select(f => f.Day));
    }

    [Fact]
    public void NextLocal_BothDayFieldsRestricted_MatchesEither()
    {
        // Classic cron: the 13th of the month or any Friday.
        var expression = Parse("0 0 13 * FRI");

        var fires = Fires(expression, new DateTime(2026, 2, 1), 4);

        Assert.Equal(new[] { new DateTime(2026, 2, 6), new DateTime(2026, 2, 13), new DateTime(2026, 2, 20), new DateTime(2026, 2, 27) }, fires);
    }

    [Fact]
    public void NextLocal_DayOfMonthStepWithWeekday_MatchesBoth()
    {
        // A day-of-month starting with '*' makes cron require both fields: odd days that are Mondays.
        var expression = Parse("0 0 */2 * MON");

        var fires = Fires(expression, new DateTime(2026, 1, 1), 3);

        Assert.All(fires, f => Assert.True(f.DayOfWeek == DayOfWeek.Monday && f.Day % 2 == 1, f.ToString("O")));
        Assert.Equal(new DateTime(2026, 1, 5), fires[0]);
    }

    [Theory]
    [InlineData("", "a cron expression is required", 0)]
    [InlineData("0 2 * *", "5 fields", 0)]
    [InlineData("0 0 2 * * * *", "got 7", 0)]
    [InlineData("60 * * * *", "minute field takes numbers 0-59", 0)]
    [InlineData("0 24 * * *", "hour field takes numbers 0-23", 2)]
    [InlineData("0 2 0 * *", "day-of-month field takes numbers 1-31", 4)]
    [InlineData("0 2 * 13 *", "month field takes numbers 1-12 or a name such as FEB", 6)]
    [InlineData("0 2 * * 8", "day-of-week field takes numbers 0-7", 8)]
    [InlineData("0 2 * * MOX", "got 'MOX'", 8)]
    [InlineData("*/0 * * * *", "step in the minute field must be a whole number ≥ 1", 2)]
    [InlineData("0 5-2 * * *", "runs backwards", 2)]
    [InlineData("0 2,,3 * * *", "empty item in the hour field", 4)]
    [InlineData("0 2 30 2 *", "never occurs", 4)]
    [InlineData("? 2 * * *", "minute field takes numbers", 0)]
    [InlineData("@every5m", "unknown shortcut", 0)]
    [InlineData("0 two * * *", "got 'two'", 2)]
    public void Parse_BadText_FailsWithMessageAndPosition(string text, string expected, int position)
    {
        var result = CronExpression.Parse(text);

        Assert.False(result.Success);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(position, result.Error.Position);
    }

    [Theory]
    [InlineData("0 2 * * *", false)]
    [InlineData("0 * * * *", true)]
    [InlineData("0 */2 * * *", true)]
    [InlineData("0 0 9-17 * * *", false)]
    public void FollowsElapsedTime_HourField_IsWildcardOnly(string text, bool expected) =>
        Assert.Equal(expected, Parse(text).FollowsElapsedTime);

    private static CronExpression Parse(string text)
    {
        var result = CronExpression.Parse(text);
        Assert.True(result.Success, result.Error?.ToString());
        return result.Value!;
    }

    private static List<DateTime> Fires(CronExpression expression, DateTime from, int count)
    {
        var fires = new List<DateTime>();
        var cursor = from;
        while (fires.Count < count)
        {
            var next = expression.NextLocal(cursor);
            Assert.NotNull(next);
            fires.Add(next.Value);
            cursor = next.Value.AddSeconds(1);
        }
        return fires;
    }
}

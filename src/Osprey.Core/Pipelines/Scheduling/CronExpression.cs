using System.Numerics;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Pipelines.Scheduling;

/// <summary>A parsed cron expression (5 fields, or 6 with seconds first, or a shortcut such as <c>@daily</c>) that finds matching wall-clock times; time zones are <see cref="CronSchedule"/>'s job.</summary>
public sealed class CronExpression
{
    private const int SearchYears = 30;
    private readonly CronFields fields;

    internal CronExpression(string text, CronFields fields)
    {
        Text = text;
        this.fields = fields;
    }

    /// <summary>Gets the text the expression was parsed from.</summary>
    public string Text { get; }

    /// <summary>Gets whether the hour field is a wildcard, so the schedule follows elapsed time across daylight-saving changes.</summary>
    public bool FollowsElapsedTime => fields.HourStar;

    /// <summary>Parses cron text; never throws for bad text, and errors carry the zero-based offset of the offending part.</summary>
    public static ParseResult<CronExpression> Parse(string? text) => CronParser.Parse(text);

    /// <summary>Returns the first wall-clock time at or after <paramref name="from"/> (rounded up to a whole second) that matches, or null when none does within 30 years.</summary>
    public DateTime? NextLocal(DateTime from)
    {
        var t = new DateTime(from.Ticks - (from.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Unspecified);
        if (t < from)
        {
            t = t.AddSeconds(1);
        }
        if (t.Year > DateTime.MaxValue.Year - SearchYears - 1)
        {
            return null;
        }

        var limit = t.AddYears(SearchYears);
        while (t <= limit)
        {
            if (!Has(fields.Months, t.Month))
            {
                t = new DateTime(t.Year, t.Month, 1).AddMonths(1);
                continue;
            }
            if (!DayMatches(t))
            {
                t = t.Date.AddDays(1);
                continue;
            }

            var hour = NextBit(fields.Hours, t.Hour);
            if (hour < 0)
            {
                t = t.Date.AddDays(1);
                continue;
            }
            if (hour > t.Hour)
            {
                t = t.Date.AddHours(hour);
            }

            var minute = NextBit(fields.Minutes, t.Minute);
            if (minute < 0)
            {
                t = t.Date.AddHours(t.Hour + 1);
                continue;
            }
            if (minute > t.Minute)
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(minute);
            }

            var second = NextBit(fields.Seconds, t.Second);
            if (second < 0)
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
                continue;
            }
            return t.AddSeconds(second - t.Second);
        }
        return null;
    }

    public override string ToString() => Text;

    private bool DayMatches(DateTime t)
    {
        var dayOfMonth = Has(fields.Days, t.Day)
            || (fields.LastDayOfMonth && t.Day == DateTime.DaysInMonth(t.Year, t.Month));
        var dayOfWeek = Has(fields.DaysOfWeek, (int)t.DayOfWeek);

        // Classic cron: when either day field starts with a wildcard both must match, otherwise either may.
        return fields.DayOfMonthStar || fields.DayOfWeekStar ? dayOfMonth && dayOfWeek : dayOfMonth || dayOfWeek;
    }

    private static bool Has(ulong mask, int value) => (mask & (1UL << value)) != 0;

    private static int NextBit(ulong mask, int from)
    {
        var rest = mask >> from;
        return rest == 0 ? -1 : from + BitOperations.TrailingZeroCount(rest);
    }
}

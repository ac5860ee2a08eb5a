using System.Globalization;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Pipelines.Scheduling;

/// <summary>Parses cron text: <c>minute hour day-of-month month day-of-week</c>, optionally preceded by seconds, or a shortcut such as <c>@daily</c>.</summary>
/// <remarks>Each field takes <c>*</c>, numbers, ranges <c>a-b</c>, steps <c>*/n</c>, <c>a-b/n</c> or <c>a/n</c>, and comma lists; months and days of
/// the week also take three-letter names; day-of-month takes <c>L</c> (the last day); both day fields take <c>?</c> as a wildcard; Sunday is 0 or 7.</remarks>
internal static class CronParser
{
    private static readonly Dictionary<string, string> Shortcuts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["@yearly"] = "0 0 1 1 *",
        ["@annually"] = "0 0 1 1 *",
        ["@monthly"] = "0 0 1 * *",
        ["@weekly"] = "0 0 * * 0",
        ["@daily"] = "0 0 * * *",
        ["@midnight"] = "0 0 * * *",
        ["@hourly"] = "0 * * * *",
    };

    private static readonly int[] MaxDaysInMonth = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static ParseResult<CronExpression> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<CronExpression>.Fail("a cron expression is required", 0);
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith('@'))
        {
            if (!Shortcuts.TryGetValue(trimmed, out var expanded))
            {
                return ParseResult<CronExpression>.Fail(
                    $"unknown shortcut '{trimmed}', expected one of {string.Join(", ", Shortcuts.Keys)}", text.IndexOf('@', StringComparison.Ordinal));
            }
            var result = ParseFields(expanded);
            return result.Success ? ParseResult<CronExpression>.Ok(new CronExpression(trimmed, result.Value)) : new(null, result.Error);
        }

        var fields = ParseFields(text);
        return fields.Success ? ParseResult<CronExpression>.Ok(new CronExpression(trimmed, fields.Value)) : new(null, fields.Error);
    }

    private static ParseResult<CronFields> ParseFields(string text)
    {
        var parts = Split(text);
        if (parts.Count is not (5 or 6))
        {
            return ParseResult<CronFields>.Fail(
                $"a cron expression has 5 fields (minute hour day-of-month month day-of-week) or 6 with seconds first, got {parts.Count}", 0);
        }

        var specs = parts.Count == 6
            ? new[] { CronFieldSpec.Second, CronFieldSpec.Minute, CronFieldSpec.Hour, CronFieldSpec.DayOfMonth, CronFieldSpec.Month, CronFieldSpec.DayOfWeek }
            : [CronFieldSpec.Minute, CronFieldSpec.Hour, CronFieldSpec.DayOfMonth, CronFieldSpec.Month, CronFieldSpec.DayOfWeek];
        var masks = new ulong[specs.Length];
        var last = false;
        for (var i = 0; i < specs.Length; i++)
        {
            var field = ParseField(parts[i].Text, parts[i].Start, specs[i]);
            if (!field.Success)
            {
                return new(default, field.Error);
            }
            (masks[i], var fieldLast) = field.Value;
            last |= fieldLast;
        }

        var offset = parts.Count == 6 ? 1 : 0;
        var dayOfWeek = masks[offset + 4];
        if ((dayOfWeek & (1UL << 7)) != 0)
        {
            dayOfWeek = (dayOfWeek & ~(1UL << 7)) | 1UL;
        }

        var result = new CronFields(
            Seconds: offset == 1 ? masks[0] : 1UL,
            Minutes: masks[offset],
            Hours: masks[offset + 1],
            Days: masks[offset + 2],
            LastDayOfMonth: last,
            Months: masks[offset + 3],
            DaysOfWeek: dayOfWeek,
            DayOfMonthStar: IsStar(parts[offset + 2].Text),
            DayOfWeekStar: IsStar(parts[offset + 4].Text),
            HourStar: IsStar(parts[offset + 1].Text));
        return CheckCanFire(result, parts[offset + 2].Start) ?? ParseResult<CronFields>.Ok(result);
    }

    private static ParseResult<(ulong Mask, bool Last)> ParseField(string text, int start, CronFieldSpec spec)
    {
        ulong mask = 0;
        var last = false;
        var position = start;
        foreach (var item in text.Split(','))
        {
            if (item.Length == 0)
            {
                return ParseResult<(ulong, bool)>.Fail($"empty item in the {spec.Name} field", position);
            }
            if (spec.AllowsLast && item.Equals("L", StringComparison.OrdinalIgnoreCase))
            {
                last = true;
            }
            else
            {
                var range = CronRangeReader.Read(item, position, spec);
                if (!range.Success)
                {
                    return new(default, range.Error);
                }
                mask |= range.Value;
            }
            position += item.Length + 1;
        }
        return ParseResult<(ulong, bool)>.Ok((mask, last));
    }

    private static ParseResult<CronFields>? CheckCanFire(CronFields fields, int dayPosition)
    {
        // With a wildcard day-of-week, only day-of-month decides: it must name a day that exists in a chosen month.
        if (fields.DayOfMonthStar || !fields.DayOfWeekStar || fields.LastDayOfMonth)
        {
            return null;
        }
        for (var month = 1; month <= 12; month++)
        {
            var daysUpToMax = (1UL << (MaxDaysInMonth[month] + 1)) - 1;
            if ((fields.Months & (1UL << month)) != 0 && (fields.Days & daysUpToMax) != 0)
            {
                return null;
            }
        }
        return ParseResult<CronFields>.Fail("the day-of-month never occurs in the chosen months, so the schedule would never fire", dayPosition);
    }

    private static bool IsStar(string field) => field.StartsWith('*') || field.StartsWith('?');

    private static List<(string Text, int Start)> Split(string text)
    {
        var parts = new List<(string, int)>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            if (i > start)
            {
                parts.Add((text[start..i], start));
            }
        }
        return parts;
    }

    internal static int ReadNumber(string text, CronFieldSpec spec)
    {
        if (text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit))
        {
            return int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return spec.ValueOfName(text) is var named and >= 0 ? named : -1;
    }
}

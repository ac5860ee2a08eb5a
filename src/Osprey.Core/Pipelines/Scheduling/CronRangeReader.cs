using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Pipelines.Scheduling;

/// <summary>Reads one comma-separated item of a cron field (<c>*</c>, <c>5</c>, <c>1-5</c>, <c>*/15</c>, <c>10-40/10</c>, <c>MON-FRI</c>) into a bit set.</summary>
internal static class CronRangeReader
{
    public static ParseResult<ulong> Read(string item, int position, CronFieldSpec spec)
    {
        var slash = item.IndexOf('/', StringComparison.Ordinal);
        var rangeText = slash < 0 ? item : item[..slash];
        var step = 1;
        if (slash >= 0)
        {
            step = CronParser.ReadNumber(item[(slash + 1)..], CronFieldSpec.Minute);
            if (step < 1 || item[(slash + 1)..].Any(c => !char.IsAsciiDigit(c)))
            {
                return ParseResult<ulong>.Fail($"the step in the {spec.Name} field must be a whole number ≥ 1, got '{item[(slash + 1)..]}'", position + slash + 1);
            }
        }

        int low, high;
        if (rangeText is "*" || (spec.AllowsQuestionMark && rangeText is "?"))
        {
            (low, high) = (spec.Min, spec.Max == 7 ? 6 : spec.Max);
        }
        else
        {
            var dash = rangeText.IndexOf('-', StringComparison.Ordinal);
            var lowText = dash < 0 ? rangeText : rangeText[..dash];
            low = CronParser.ReadNumber(lowText, spec);
            if (low < 0 || low < spec.Min || low > spec.Max)
            {
                return OutOfRange(lowText, position, spec);
            }

            high = low;
            if (dash >= 0)
            {
                var highText = rangeText[(dash + 1)..];
                high = CronParser.ReadNumber(highText, spec);
                if (high < 0 || high < spec.Min || high > spec.Max)
                {
                    return OutOfRange(highText, position + dash + 1, spec);
                }
                if (high < low)
                {
                    return ParseResult<ulong>.Fail($"the range '{rangeText}' in the {spec.Name} field runs backwards", position);
                }
            }
            else if (slash >= 0)
            {
                // "a/n" means from a to the end of the field, every n.
                high = spec.Max == 7 ? 6 : spec.Max;
            }
        }

        ulong mask = 0;
        for (var value = low; value <= high; value += step)
        {
            mask |= 1UL << value;
        }
        return ParseResult<ulong>.Ok(mask);
    }

    private static ParseResult<ulong> OutOfRange(string text, int position, CronFieldSpec spec)
    {
        var names = spec.Names is null ? "" : $" or a name such as {spec.Names[1]}";
        var what = text.Length == 0 ? "nothing" : $"'{text}'";
        return ParseResult<ulong>.Fail($"the {spec.Name} field takes numbers {spec.Min}-{spec.Max}{names}, got {what}", position);
    }
}

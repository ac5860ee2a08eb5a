using System.Globalization;
using System.Text;

namespace Osprey.Core.Pipelines;

/// <summary>Reads and writes durations written as whole-number parts with units, largest first: <c>30s</c>, <c>10m</c>, <c>2h</c>, <c>1h30m</c>, <c>1d</c>, <c>500ms</c>.</summary>
/// <remarks>Units are <c>w</c>, <c>d</c>, <c>h</c>, <c>m</c>, <c>s</c> and <c>ms</c>; each may appear once, in that order. A bare number is rejected because its unit would be a guess.</remarks>
public static class DurationText
{
    private static readonly (string Unit, TimeSpan Size)[] Units =
    [
        ("w", TimeSpan.FromDays(7)),
        ("d", TimeSpan.FromDays(1)),
        ("h", TimeSpan.FromHours(1)),
        ("m", TimeSpan.FromMinutes(1)),
        ("s", TimeSpan.FromSeconds(1)),
        ("ms", TimeSpan.FromMilliseconds(1)),
    ];

    /// <summary>The longest duration accepted (about 100 years), so arithmetic on deadlines can never overflow.</summary>
    public static readonly TimeSpan Max = TimeSpan.FromDays(36_600);

    /// <summary>Parses <paramref name="text"/>; returns false (and zero) for anything that is not a well-formed duration up to <see cref="Max"/>.</summary>
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var nextUnit = 0;
        long totalTicks = 0;
        while (!span.IsEmpty)
        {
            var digits = 0;
            while (digits < span.Length && char.IsAsciiDigit(span[digits]))
            {
                digits++;
            }
            if (digits == 0 || digits > 9)
            {
                return false;
            }

            var amount = long.Parse(span[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            span = span[digits..];
            var unit = ReadUnit(span, nextUnit);
            if (unit < 0)
            {
                return false;
            }

            totalTicks += amount * Units[unit].Size.Ticks;
            if (totalTicks > Max.Ticks)
            {
                return false;
            }
            span = span[Units[unit].Unit.Length..];
            nextUnit = unit + 1;
        }

        value = TimeSpan.FromTicks(totalTicks);
        return true;
    }

    /// <summary>Formats a duration the way <see cref="TryParse"/> reads it, e.g. <c>1h30m</c>; zero is <c>0s</c>.</summary>
    public static string Format(TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            return "0s";
        }

        var text = new StringBuilder();
        var rest = value.Ticks;
        foreach (var (unit, size) in Units)
        {
            var amount = rest / size.Ticks;
            if (amount > 0)
            {
                text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(unit);
                rest -= amount * size.Ticks;
            }
        }
        return text.Length == 0 ? "0s" : text.ToString();
    }

    private static int ReadUnit(ReadOnlySpan<char> span, int firstAllowed)
    {
        // "ms" must be tried before "m" so that 500ms is not read as 500 minutes followed by garbage.
        if (span.StartsWith("ms", StringComparison.Ordinal) && (span.Length == 2 || !char.IsAsciiLetter(span[2])))
        {
            return firstAllowed <= 5 ? 5 : -1;
        }
        for (var i = firstAllowed; i < Units.Length - 1; i++)
        {
            if (span.StartsWith(Units[i].Unit, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}

using System.Globalization;
using Osprey.Core.Pipelines;

namespace Osprey.Core.Monitoring.Series;

/// <summary>Reads the times users give series queries: Unix milliseconds, an ISO-8601 date-time, or a duration meaning that long before now (<c>7d</c>).</summary>
public static class SeriesTime
{
    /// <summary>Parses a time as Unix milliseconds; throws <see cref="ErrorCode.InvalidParameter"/> naming <paramref name="field"/> when it is none of the three forms.</summary>
    public static long Parse(string text, string field, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var millis))
        {
            return millis;
        }
        if (DurationText.TryParse(text, out var ago))
        {
            return clock.GetUtcNow().ToUnixTimeMilliseconds() - (long)ago.TotalMilliseconds;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at.ToUnixTimeMilliseconds();
        }
        throw OspreyException.Invalid(
            $"'{field}' must be Unix milliseconds, an ISO-8601 time such as 2026-03-01T10:00:00Z, or a duration before now such as 7d; got '{text}'.");
    }
}

using System.Globalization;
using Osprey.Core;

namespace Osprey.Cli.Commands;

/// <summary>Reads a moment the way people type it on a command line: an ISO 8601 date and time (local unless it names an offset) or Unix milliseconds.</summary>
internal static class PointInTime
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-dd HH:mm:ssK",
    ];

    /// <summary>Gets the moment as Unix milliseconds; throws <see cref="ErrorCode.InvalidParameter"/> naming <paramref name="option"/> when it is neither form.</summary>
    public static long Parse(string text, string option)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unixMilliseconds))
        {
            return unixMilliseconds;
        }
        if (DateTimeOffset.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeLocal, out var moment))
        {
            return moment.ToUnixTimeMilliseconds();
        }
        throw OspreyException.Invalid($"'{option}' must be a time such as 2026-03-01T10:00, 2026-03-01 10:00:00Z or Unix milliseconds, got '{text}'.");
    }
}

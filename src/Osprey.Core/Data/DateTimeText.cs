using System.Globalization;

namespace Osprey.Core.Data;

/// <summary>The date and timestamp spellings that inference recognises: ISO 8601 (with optional time, fraction and offset) and US month/day/year.</summary>
public static class DateTimeText
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy/MM/dd", "yyyy/MM/dd HH:mm", "yyyy/MM/dd HH:mm:ss",
        "M/d/yyyy", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss",
    ];

    /// <summary>Parses one timestamp to ticks; a text offset is converted to UTC and text without one is taken as UTC.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long ticks)
    {
        if (DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
        {
            ticks = value.Ticks;
            return true;
        }
        ticks = DateTimeColumn.MissingTicks;
        return false;
    }
}

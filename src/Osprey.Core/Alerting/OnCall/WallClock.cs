namespace Osprey.Core.Alerting.OnCall;

/// <summary>Converts between instants and a time zone's wall clock, resolving the wall-clock times that daylight-saving changes skip or repeat.</summary>
public static class WallClock
{
    /// <summary>Returns the wall-clock time at an instant in a zone.</summary>
    public static DateTime Local(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, zone).DateTime, DateTimeKind.Unspecified);

    /// <summary>Returns the instant a wall-clock time names: a repeated time (autumn) is its first occurrence, a skipped time (spring) moves forward by the gap.</summary>
    public static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var before = zone.GetUtcOffset(local.AddDays(-1));
        var after = zone.GetUtcOffset(local.AddDays(1));
        DateTimeOffset? earliest = null;
        foreach (var offset in new[] { before, after })
        {
            var candidate = new DateTimeOffset(local.Ticks - offset.Ticks, TimeSpan.Zero);
            if (Local(candidate, zone) == local && (earliest is null || candidate < earliest))
            {
                earliest = candidate;
            }
        }
        // No offset maps back: the time falls in a spring-forward gap, so read it with the offset in force before the gap.
        return earliest ?? new DateTimeOffset(local.Ticks - before.Ticks, TimeSpan.Zero);
    }

    /// <summary>Finds a zone by its IANA name (such as <c>Europe/Berlin</c>), or returns null when this machine does not know it.</summary>
    public static TimeZoneInfo? FindZone(string name)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }
}

using Osprey.Core.Alerting.OnCall;

namespace Osprey.Core.Tests.Alerting.OnCall;

/// <summary>Small builders for schedules in tests.</summary>
internal static class ScheduleFixtures
{
    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TimeZoneInfo NewYork { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static DateTime Local(string text) => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    public static ScheduleLayer Layer(string name, string start, TimeSpan length, string[] users, params TimeRestriction[] restrictions) =>
        new(name, Local(start), length, users, restrictions);

    public static Schedule Of(TimeZoneInfo zone, params ScheduleLayer[] layers) => new("s-" + Guid.NewGuid().ToString("N")[..8], zone, layers, []);

    public static TimeRestriction Weekdays(string from, string to) => new(
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
        TimeOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), TimeOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
}

using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.OnCall;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Notifications;

public sealed class QuietHoursTests
{
    private static readonly QuietHours Night = new("night",
        new HashSet<AlertPriority> { AlertPriority.P1, AlertPriority.P3, AlertPriority.P4, AlertPriority.P5 },
        new HashSet<ChannelKind> { ChannelKind.Email },
        new TimeRestriction(new HashSet<DayOfWeek>(), new TimeOnly(22, 0), new TimeOnly(8, 0)),
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void ReleaseTime_P3EmailAtNight_HoldsUntilEightLocalNextMorning()
    {
        // 23:30 CEST on 2026-06-10 is 21:30Z; 08:00 CEST the next morning is 06:00Z.
        Assert.Equal(Utc("2026-06-11T06:00Z"), Night.ReleaseTime(AlertPriority.P3, ChannelKind.Email, Utc("2026-06-10T21:30Z")));
    }

    [Fact]
    public void ReleaseTime_AfterMidnightInsideTheWindow_HoldsUntilEightTheSameDay()
    {
        Assert.Equal(Utc("2026-06-11T06:00Z"), Night.ReleaseTime(AlertPriority.P4, ChannelKind.Email, Utc("2026-06-11T01:00Z")));
    }

    [Fact]
    public void ReleaseTime_P1_IsNeverHeldEvenWhenListed()
    {
        var at = Utc("2026-06-10T21:30Z");
        Assert.Equal(at, Night.ReleaseTime(AlertPriority.P1, ChannelKind.Email, at));
    }

    [Fact]
    public void ReleaseTime_OtherChannelKindOrDaytime_IsNotHeld()
    {
        var night = Utc("2026-06-10T21:30Z");
        var day = Utc("2026-06-10T10:00Z");
        Assert.Equal(night, Night.ReleaseTime(AlertPriority.P3, ChannelKind.Slack, night));
        Assert.Equal(day, Night.ReleaseTime(AlertPriority.P3, ChannelKind.Email, day));
    }
}

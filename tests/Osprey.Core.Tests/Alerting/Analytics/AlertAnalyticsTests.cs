using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Analytics;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Analytics;

public sealed class AlertAnalyticsTests
{
    // Monday 2026-03-02 00:00 UTC is the first day of ISO week 2026-W10.
    private static readonly long Monday = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private const long Minute = 60_000;

    private static readonly AlertFact[] History =
    [
        // ml: acked after 2 and 4 minutes, closed after 10 and 30; one escalated.
        new("a", Monday, Monday + 2 * Minute, Monday + 10 * Minute, "ml", AlertPriority.P1, "churn", Escalated: true, TaggedNoise: false),
        new("b", Monday + 60 * Minute, Monday + 64 * Minute, Monday + 90 * Minute, "ml", AlertPriority.P3, "churn", false, false),
        // ml, next week: closed unacknowledged after 3 minutes (noise by the window).
        new("c", Monday + 7 * 1440 * Minute, null, Monday + 7 * 1440 * Minute + 3 * Minute, "ml", AlertPriority.P3, null, false, false),
        // data: tagged noise, still open; no team at all: open and untouched.
        new("d", Monday + 5 * Minute, null, null, "data", AlertPriority.P2, "etl", false, TaggedNoise: true),
        new("e", Monday + 6 * Minute, null, null, null, AlertPriority.P5, null, false, false),
    ];

    [Fact]
    public void Compute_CraftedHistory_GivesMttaMttrRatesAndWeeklyVolume()
    {
        var report = AlertAnalytics.Compute(History, Monday, Monday + 14 * 1440 * Minute, AlertGrouping.Team, 5);

        Assert.Equal(5, report.Overall.Alerts);
        Assert.Equal(180.0, report.Overall.MttaSeconds);              // (120 + 240) / 2
        Assert.Equal((600.0 + 1800.0 + 180.0) / 3, report.Overall.MttrSeconds);
        Assert.Equal(0.2, report.Overall.EscalationRate);
        Assert.Equal(0.4, report.Overall.NoiseRate);                  // c by window, d by tag
        var ml = report.Groups.Single(g => g.Key == "ml");
        Assert.Equal((3, 2, 3), (ml.Alerts, ml.Acknowledged, ml.Closed));
        Assert.Equal(1.0 / 3, ml.EscalationRate, 6);
        Assert.Equal(["ml", "(none)", "data"], report.Groups.Select(g => g.Key));
        Assert.Contains(new AlertWeekVolume("ml", "2026-W10", 2), report.WeeklyVolume);
        Assert.Contains(new AlertWeekVolume("ml", "2026-W11", 1), report.WeeklyVolume);
        Assert.Contains(new AlertWeekVolume("(none)", "2026-W10", 1), report.WeeklyVolume);
    }

    [Fact]
    public void Compute_ByPriorityWithZeroWindow_OnlyTaggedAlertsAreNoise()
    {
        var report = AlertAnalytics.Compute(History, Monday, Monday + 14 * 1440 * Minute, AlertGrouping.Priority, 0);

        Assert.Equal(0.2, report.Overall.NoiseRate);
        var p3 = report.Groups.Single(g => g.Key == "P3");
        Assert.Equal(2, p3.Alerts);
        Assert.Null(report.Groups.Single(g => g.Key == "P5").MttaSeconds);
    }

    [Fact]
    public void Compute_ByEntity_GroupsMissingEntityUnderNone()
    {
        var report = AlertAnalytics.Compute(History, Monday, Monday + 14 * 1440 * Minute, AlertGrouping.Entity, 5);

        Assert.Equal(2, report.Groups.Single(g => g.Key == "churn").Alerts);
        Assert.Equal(2, report.Groups.Single(g => g.Key == AlertAnalytics.NoneKey).Alerts);
    }
}

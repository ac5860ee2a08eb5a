namespace Osprey.Core.Alerting.Analytics;

/// <summary>Analytics of the alerts created in [<paramref name="From"/>, <paramref name="To"/>) (Unix milliseconds): the overall figures, a breakdown, and weekly volume per team.</summary>
public sealed record AlertAnalyticsReport(
    long From,
    long To,
    AlertGrouping By,
    int NoiseWindowMinutes,
    AlertStats Overall,
    IReadOnlyList<AlertStats> Groups,
    IReadOnlyList<AlertWeekVolume> WeeklyVolume);

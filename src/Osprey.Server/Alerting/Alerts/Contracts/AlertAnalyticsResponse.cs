using Osprey.Core.Alerting.Analytics;

namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>The analytics report: range (ISO 8601), grouping, noise window, overall and grouped figures, weekly volume per team.</summary>
public sealed record AlertAnalyticsResponse(
    string From,
    string To,
    string By,
    int NoiseWindowMinutes,
    AlertStats Overall,
    IReadOnlyList<AlertStats> Groups,
    IReadOnlyList<AlertWeekVolume> WeeklyVolume);

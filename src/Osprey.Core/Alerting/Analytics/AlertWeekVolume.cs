namespace Osprey.Core.Alerting.Analytics;

/// <summary>How many alerts a team received in one ISO week (UTC), such as <c>2026-W09</c>.</summary>
public sealed record AlertWeekVolume(string Team, string Week, int Alerts);

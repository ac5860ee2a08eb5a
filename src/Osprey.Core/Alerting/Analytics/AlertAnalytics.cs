using System.Globalization;

namespace Osprey.Core.Alerting.Analytics;

/// <summary>Computes MTTA, MTTR, escalation and noise shares and weekly team volume from alert facts.</summary>
/// <remarks>
/// MTTA is the mean time from creation to the first acknowledgement over acknowledged alerts, MTTR the mean time from creation to close
/// over closed alerts (PagerDuty's definitions; Opsgenie's ackTime and closeTime). An alert counts as noise when it was tagged
/// <c>noise</c> (closing with the noise flag does that), or when it closed within the noise window without ever being acknowledged:
/// trouble that went away by itself before anybody looked. Alerts without a team, or entity, group under <c>(none)</c>.
/// </remarks>
public static class AlertAnalytics
{
    /// <summary>The key of the group of alerts that have no team or entity.</summary>
    public const string NoneKey = "(none)";

    /// <summary>The default noise window: closed unacknowledged within five minutes.</summary>
    public const int DefaultNoiseWindowMinutes = 5;

    /// <summary>Builds the report for facts already restricted to the range.</summary>
    public static AlertAnalyticsReport Compute(IReadOnlyList<AlertFact> facts, long from, long to, AlertGrouping by, int noiseWindowMinutes)
    {
        var window = noiseWindowMinutes * 60_000L;
        var groups = facts.GroupBy(f => Key(f, by), StringComparer.Ordinal)
            .Select(g => Stats(g.Key, [.. g], window))
            .OrderByDescending(s => s.Alerts).ThenBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        var weekly = facts.GroupBy(f => (Team: f.Team ?? NoneKey, Week: IsoWeek(f.CreatedAt)))
            .Select(g => new AlertWeekVolume(g.Key.Team, g.Key.Week, g.Count()))
            .OrderBy(v => v.Team, StringComparer.Ordinal).ThenBy(v => v.Week, StringComparer.Ordinal)
            .ToList();
        return new AlertAnalyticsReport(from, to, by, noiseWindowMinutes, Stats("all", facts, window), groups, weekly);
    }

    /// <summary>Says whether an alert counts as noise under a window of <paramref name="windowMillis"/>.</summary>
    public static bool IsNoise(AlertFact fact, long windowMillis) =>
        fact.TaggedNoise || (fact.ClosedAt is { } closed && fact.FirstAcknowledgedAt is null && closed - fact.CreatedAt <= windowMillis);

    /// <summary>Names the ISO week (UTC) of a time, such as <c>2026-W09</c>.</summary>
    public static string IsoWeek(long unixMillis)
    {
        var date = DateTimeOffset.FromUnixTimeMilliseconds(unixMillis).UtcDateTime;
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    private static AlertStats Stats(string key, IReadOnlyList<AlertFact> facts, long window)
    {
        var acked = facts.Where(f => f.FirstAcknowledgedAt is not null).ToList();
        var closed = facts.Where(f => f.ClosedAt is not null).ToList();
        return new AlertStats(
            key,
            facts.Count,
            acked.Count,
            closed.Count,
            acked.Count == 0 ? null : acked.Average(f => (f.FirstAcknowledgedAt!.Value - f.CreatedAt) / 1000.0),
            closed.Count == 0 ? null : closed.Average(f => (f.ClosedAt!.Value - f.CreatedAt) / 1000.0),
            Share(facts, f => f.Escalated),
            Share(facts, f => IsNoise(f, window)));
    }

    private static double Share(IReadOnlyList<AlertFact> facts, Func<AlertFact, bool> predicate) =>
        facts.Count == 0 ? 0 : (double)facts.Count(predicate) / facts.Count;

    private static string Key(AlertFact fact, AlertGrouping by) => by switch
    {
        AlertGrouping.Priority => fact.Priority.ToString(),
        AlertGrouping.Entity => fact.Entity ?? NoneKey,
        _ => fact.Team ?? NoneKey,
    };
}

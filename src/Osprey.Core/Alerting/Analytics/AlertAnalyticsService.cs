using Osprey.Core.Alerting.Alerts;

namespace Osprey.Core.Alerting.Analytics;

/// <summary>Answers analytics questions over the alerts stored in a workspace.</summary>
public sealed class AlertAnalyticsService(IAlertStore store)
{
    private const int MaxNoiseWindowMinutes = 24 * 60;

    /// <summary>Computes the report for alerts created in [<paramref name="from"/>, <paramref name="to"/>); throws <see cref="ErrorCode.InvalidParameter"/> for a reversed range or a bad window.</summary>
    public async Task<AlertAnalyticsReport> ReportAsync(DateTimeOffset from, DateTimeOffset to, AlertGrouping by, int noiseWindowMinutes, CancellationToken ct)
    {
        if (to <= from)
        {
            throw OspreyException.Invalid($"Invalid time range: 'to' ({to:u}) must be after 'from' ({from:u}).");
        }
        if (noiseWindowMinutes < 0 || noiseWindowMinutes > MaxNoiseWindowMinutes)
        {
            throw OspreyException.Invalid($"Invalid value for 'noiseWindow': {noiseWindowMinutes} minutes is outside 0 to {MaxNoiseWindowMinutes}.");
        }
        var (start, end) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
        var facts = await store.ReadFactsAsync(start, end, ct);
        return AlertAnalytics.Compute(facts, start, end, by, noiseWindowMinutes);
    }

    /// <summary>Parses a grouping name (<c>team</c>, <c>priority</c>, <c>entity</c>), team when absent.</summary>
    public static AlertGrouping ParseGrouping(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "team" => AlertGrouping.Team,
        "priority" => AlertGrouping.Priority,
        "entity" => AlertGrouping.Entity,
        _ => throw OspreyException.Invalid($"Invalid value for 'by': '{text}' is not one of team, priority or entity."),
    };
}

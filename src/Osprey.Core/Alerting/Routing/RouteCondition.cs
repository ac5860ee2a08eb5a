namespace Osprey.Core.Alerting.Routing;

/// <summary>What an alert must carry for a rule to match; every given part must hold, and an empty condition matches everything.</summary>
/// <param name="Tags">Tags the alert must all have (exact, case-sensitive).</param>
/// <param name="Labels">Detail keys the alert must have with exactly these values.</param>
/// <param name="Priorities">Priorities any one of which the alert must have; empty means any.</param>
/// <param name="Entity">The entity the alert must name, or null for any.</param>
/// <param name="Source">The source the alert must name, or null for any.</param>
public sealed record RouteCondition(
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlySet<AlertPriority> Priorities,
    string? Entity,
    string? Source)
{
    /// <summary>Returns whether a request meets every part of the condition.</summary>
    public bool Matches(AlertRequest request)
    {
        var tags = request.Tags ?? [];
        if (!Tags.All(t => tags.Contains(t, StringComparer.Ordinal)))
        {
            return false;
        }
        foreach (var (key, value) in Labels)
        {
            if (request.Details is null || !request.Details.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }
        return (Priorities.Count == 0 || Priorities.Contains(request.Priority))
            && (Entity is null || Entity == request.Entity)
            && (Source is null || Source == request.Source);
    }
}

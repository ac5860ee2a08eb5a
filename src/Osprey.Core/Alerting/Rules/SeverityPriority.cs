namespace Osprey.Core.Alerting.Rules;

/// <summary>Maps a rule's <c>severity</c> label to an alert priority: critical P1, high/error P2, warning P3, low P4, info P5.</summary>
public static class SeverityPriority
{
    /// <summary>Returns the priority for a severity name (case-insensitive); P3 when absent or unknown.</summary>
    public static AlertPriority From(string? severity) => severity?.ToLowerInvariant() switch
    {
        "critical" or "page" => AlertPriority.P1,
        "high" or "error" => AlertPriority.P2,
        "low" => AlertPriority.P4,
        "info" or "informational" => AlertPriority.P5,
        _ => AlertPriority.P3,
    };
}

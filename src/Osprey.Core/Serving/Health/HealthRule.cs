namespace Osprey.Core.Serving.Health;

/// <summary>When a server reports itself unhealthy: no model loaded, or a recent error rate above a threshold once enough requests were seen.</summary>
/// <param name="ErrorRateThreshold">The largest healthy share of failed requests (0.1 = 10%); the server is unhealthy above it.</param>
/// <param name="Window">How far back the error rate looks.</param>
/// <param name="MinimumRequests">How many requests the window must hold before its rate counts, so one failure in two requests is not an outage.</param>
public sealed record HealthRule(double ErrorRateThreshold, TimeSpan Window, int MinimumRequests)
{
    /// <summary>Gets the default: unhealthy above 10% failures over the last 60 seconds, once 20 requests were seen.</summary>
    public static HealthRule Default { get; } = new(0.1, TimeSpan.FromSeconds(60), 20);

    /// <summary>Returns whether a window's counts breach the rule.</summary>
    public bool IsBreached(long total, long failed) => total >= MinimumRequests && total > 0 && (double)failed / total > ErrorRateThreshold;
}

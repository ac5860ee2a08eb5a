using Osprey.Core.Serving.Releases;

namespace Osprey.Core.Serving.Health;

/// <summary>A server's health: whether every model is loaded, the recent error rate against the rule, and totals since start.</summary>
/// <param name="Status">ok, no_model (some model has no loaded version) or error_rate (the recent error rate passed the threshold).</param>
public sealed record HealthReport(
    string Status,
    bool ModelLoaded,
    IReadOnlyList<DeploymentStatus> Models,
    double UptimeSeconds,
    long PredictionCount,
    double ErrorRate,
    long WindowRequests,
    long WindowFailures,
    HealthRule Rule)
{
    /// <summary>Gets whether the server is healthy (answered 200 rather than 503).</summary>
    public bool Healthy => Status == "ok";
}

namespace Osprey.Core.Alerting.Uptime;

/// <summary>The result of one check: up or not, why not, and how long the target took to answer.</summary>
public sealed record CheckOutcome(bool Up, string? Cause, double LatencyMs)
{
    /// <summary>Creates a passing outcome.</summary>
    public static CheckOutcome Pass(double latencyMs) => new(true, null, latencyMs);

    /// <summary>Creates a failing outcome with its cause.</summary>
    public static CheckOutcome Fail(string cause, double latencyMs) => new(false, cause, latencyMs);
}

namespace Osprey.Core.Serving.Routing;

/// <summary>The part a loaded version plays in its model's traffic.</summary>
public enum VersionRole
{
    /// <summary>Answers every request not routed to the canary.</summary>
    Stable,
    /// <summary>Answers its share of requests.</summary>
    Canary,
    /// <summary>Scores a copy of every request; its answers are logged and measured, never returned.</summary>
    Shadow,
}

namespace Osprey.Core.Alerting.Uptime;

/// <summary>A planned period [From, To) in Unix milliseconds during which a monitor opens no incident.</summary>
public sealed record MaintenanceWindow(long From, long To, string? Reason = null)
{
    /// <summary>Returns whether <paramref name="at"/> (Unix milliseconds) falls inside the window.</summary>
    public bool Covers(long at) => at >= From && at < To;
}

using Osprey.Core.Alerting.Uptime;

namespace Osprey.Core.Alerting.StatusPage;

/// <summary>Everything the public status page shows, and nothing else: the chosen monitors with their bars, and their recent incidents.</summary>
public sealed record StatusPageView(string Title, long GeneratedAt, IReadOnlyList<StatusItem> Items, IReadOnlyList<Incident> Incidents)
{
    /// <summary>Gets whether every shown monitor is up (or pending, paused or in maintenance).</summary>
    public bool AllUp => Items.All(i => i.State != MonitorState.Down);
}

using Osprey.Core.Alerting.Uptime;

namespace Osprey.Core.Alerting.StatusPage;

/// <summary>Builds the status page from the monitors marked for it: daily uptime is the share of each day not covered by an incident, counted from the first day with any sign of monitoring.</summary>
public sealed class StatusPageBuilder(IUptimeStore store, TimeProvider clock, int days = 90)
{
    private const long DayMs = 86_400_000;
    private const int IncidentLimit = 20;

    /// <summary>Returns the page for <paramref name="monitors"/> (only those with <see cref="MonitorDefinition.OnStatusPage"/>) in their <paramref name="states"/>.</summary>
    public async Task<StatusPageView> BuildAsync(string title, IReadOnlyList<MonitorDefinition> monitors, IReadOnlyList<MonitorStatus> states, CancellationToken ct)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var today = now - (now % DayMs);
        var firstDay = today - ((days - 1) * DayMs);
        var shown = monitors.Where(m => m.OnStatusPage).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var items = new List<StatusItem>();
        var incidents = new List<Incident>();
        foreach (var monitor in shown)
        {
            var status = states.FirstOrDefault(s => s.Monitor == monitor.Name);
            var own = await store.ListIncidentsAsync(monitor.Name, firstDay, 1000, ct);
            var checks = await store.ListCheckDaysAsync(monitor.Name, firstDay, ct);
            var bars = Bars(firstDay, now, own, checks, status);
            var known = bars.Where(b => b.Uptime is not null).ToList();
            var percent = known.Count == 0 ? (double?)null : known.Average(b => b.Uptime!.Value) * 100;
            items.Add(new StatusItem(monitor.Name, monitor.Kind, status?.State ?? MonitorState.Pending, status?.Since, percent, bars));
            // Causes can name internal hosts and errors; the public page says only what kind of trouble it was.
            incidents.AddRange(own.Select(i => i with { Cause = PublicCause(monitor.Kind, i.Cause) }));
        }
        var recent = incidents.OrderByDescending(i => i.Start).Take(IncidentLimit).ToList();
        return new StatusPageView(title, now, items, recent);
    }

    private static string PublicCause(MonitorKind kind, string cause) => kind switch
    {
        MonitorKind.Heartbeat when cause.Contains("failure", StringComparison.Ordinal) => "The job reported a failure.",
        MonitorKind.Heartbeat => "The job did not check in on time.",
        MonitorKind.Rule => "A monitored metric crossed its threshold.",
        _ => "The service did not respond as expected.",
    };

    private List<DayBar> Bars(long firstDay, long now, IReadOnlyList<Incident> incidents, IReadOnlyList<CheckDay> checks, MonitorStatus? status)
    {
        var signs = checks.Select(c => c.Day).Concat(incidents.Select(i => i.Start))
            .Concat(new[] { status?.Since, status?.LastCheckAt, status?.LastPingAt }.OfType<long>()).ToList();
        var began = signs.Count == 0 ? now : signs.Min();
        var bars = new List<DayBar>(days);
        for (var i = 0; i < days; i++)
        {
            var start = firstDay + (i * DayMs);
            var end = Math.Min(start + DayMs, now);
            if (end <= start || end <= began - (began % DayMs))
            {
                bars.Add(new DayBar(start, null, 0));
                continue;
            }
            var from = Math.Max(start, began);
            var touching = incidents.Where(x => x.Start < end && (x.End ?? now) > start).ToList();
            var down = touching.Sum(x => Math.Max(0, Math.Min(x.End ?? now, end) - Math.Max(x.Start, from)));
            var span = Math.Max(1, end - from);
            bars.Add(new DayBar(start, Math.Clamp(1 - ((double)down / span), 0, 1), touching.Count));
        }
        return bars;
    }
}

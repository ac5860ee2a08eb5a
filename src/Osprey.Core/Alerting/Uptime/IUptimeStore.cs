using Osprey.Core.Alerting.Heartbeats;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Monitor definitions, their current state, daily check roll-ups, incidents and heartbeat pings (times are Unix milliseconds).</summary>
public interface IUptimeStore
{
    /// <summary>Creates or replaces a definition by name.</summary>
    Task SaveAsync(MonitorDefinition monitor, CancellationToken ct);

    /// <summary>Deletes a definition with its state, roll-ups, incidents and pings; returns false when the name is unknown.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken ct);

    /// <summary>Lists every definition, by name.</summary>
    Task<IReadOnlyList<MonitorDefinition>> ListAsync(CancellationToken ct);

    /// <summary>Stores a monitor's current state (replacing the previous one).</summary>
    Task SaveStatusAsync(MonitorStatus status, CancellationToken ct);

    /// <summary>Lists every stored state.</summary>
    Task<IReadOnlyList<MonitorStatus>> ListStatusesAsync(CancellationToken ct);

    /// <summary>Adds check results to their monitors' daily roll-ups in one transaction.</summary>
    Task RecordChecksAsync(IReadOnlyList<CheckSample> samples, CancellationToken ct);

    /// <summary>Lists a monitor's daily roll-ups from the day holding <paramref name="from"/> on, oldest first.</summary>
    Task<IReadOnlyList<CheckDay>> ListCheckDaysAsync(string monitor, long from, CancellationToken ct);

    /// <summary>Opens an incident (unless one is open for the monitor already) and returns its id.</summary>
    Task<long> OpenIncidentAsync(string monitor, long start, string cause, CancellationToken ct);

    /// <summary>Ends the monitor's open incident, if any; returns whether one was open.</summary>
    Task<bool> CloseIncidentAsync(string monitor, long end, CancellationToken ct);

    /// <summary>Lists incidents that were open at or after <paramref name="since"/>, newest first; all monitors when <paramref name="monitor"/> is null.</summary>
    Task<IReadOnlyList<Incident>> ListIncidentsAsync(string? monitor, long since, int limit, CancellationToken ct);

    /// <summary>Records a heartbeat ping.</summary>
    Task RecordPingAsync(PingRecord ping, CancellationToken ct);

    /// <summary>Lists a heartbeat's most recent pings, newest first.</summary>
    Task<IReadOnlyList<PingRecord>> ListPingsAsync(string monitor, int limit, CancellationToken ct);
}

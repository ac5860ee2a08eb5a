using Osprey.Core.Alerting.Heartbeats;
using Osprey.Core.Alerting.Uptime;

namespace Osprey.Core.Tests.Alerting.Uptime;

/// <summary>An in-memory uptime store, so engine tests watch state changes without a database (the SQLite store has its own tests).</summary>
internal sealed class MemoryUptimeStore : IUptimeStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, MonitorDefinition> _definitions = [];
    private readonly Dictionary<string, MonitorStatus> _statuses = [];
    private readonly List<Incident> _incidents = [];
    private readonly List<PingRecord> _pings = [];
    private readonly List<CheckSample> _checks = [];

    public IReadOnlyList<Incident> Incidents
    {
        get
        {
            lock (_gate)
            {
                return [.. _incidents];
            }
        }
    }

    public IReadOnlyList<CheckSample> Checks
    {
        get
        {
            lock (_gate)
            {
                return [.. _checks];
            }
        }
    }

    public Task SaveAsync(MonitorDefinition monitor, CancellationToken ct) => Locked(() => { _definitions[monitor.Name] = monitor; });

    public Task<bool> DeleteAsync(string name, CancellationToken ct) => Task.FromResult(Locked(() => _definitions.Remove(name)));

    public Task<IReadOnlyList<MonitorDefinition>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<MonitorDefinition>>(Locked(() => _definitions.Values.OrderBy(d => d.Name, StringComparer.Ordinal).ToList()));

    public Task SaveStatusAsync(MonitorStatus status, CancellationToken ct) => Locked(() => { _statuses[status.Monitor] = status; });

    public Task<IReadOnlyList<MonitorStatus>> ListStatusesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<MonitorStatus>>(Locked(() => _statuses.Values.ToList()));

    public Task RecordChecksAsync(IReadOnlyList<CheckSample> samples, CancellationToken ct) => Locked(() => _checks.AddRange(samples));

    public Task<IReadOnlyList<CheckDay>> ListCheckDaysAsync(string monitor, long from, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CheckDay>>([]);

    public Task<long> OpenIncidentAsync(string monitor, long start, string cause, CancellationToken ct) => Task.FromResult(Locked(() =>
    {
        var open = _incidents.FirstOrDefault(i => i.Monitor == monitor && i.End is null);
        if (open is not null)
        {
            return open.Id;
        }
        _incidents.Add(new Incident(_incidents.Count + 1, monitor, start, null, cause));
        return (long)_incidents.Count;
    }));

    public Task<bool> CloseIncidentAsync(string monitor, long end, CancellationToken ct) => Task.FromResult(Locked(() =>
    {
        var index = _incidents.FindIndex(i => i.Monitor == monitor && i.End is null);
        if (index < 0)
        {
            return false;
        }
        _incidents[index] = _incidents[index] with { End = end };
        return true;
    }));

    public Task<IReadOnlyList<Incident>> ListIncidentsAsync(string? monitor, long since, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Incident>>(Locked(() => _incidents.Where(i => monitor is null || i.Monitor == monitor).Reverse().Take(limit).ToList()));

    public Task RecordPingAsync(PingRecord ping, CancellationToken ct) => Locked(() => _pings.Add(ping));

    public Task<IReadOnlyList<PingRecord>> ListPingsAsync(string monitor, int limit, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PingRecord>>(Locked(() => _pings.Where(p => p.Monitor == monitor).Reverse().Take(limit).ToList()));

    private Task Locked(Action action)
    {
        lock (_gate)
        {
            action();
        }
        return Task.CompletedTask;
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }
}

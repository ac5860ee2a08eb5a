using Osprey.Core.Alerting;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>An in-memory alert store standing in for the real one: opens, acknowledges and closes alerts, and serves their events as a feed.</summary>
internal sealed class OnCallFakeAlerts(TimeProvider clock) : IAlertEventFeed, IAlertEventLog
{
    private readonly Lock _gate = new();
    private readonly List<AlertEvent> _events = [];
    private readonly Dictionary<string, Alert> _alerts = [];

    public IReadOnlyList<AlertEvent> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events];
            }
        }
    }

    public string Open(string message, string? policy, AlertPriority priority = AlertPriority.P2)
    {
        lock (_gate)
        {
            var id = "al-" + Guid.NewGuid().ToString("N")[..10];
            var now = Now();
            _alerts[id] = new Alert(id, _alerts.Count + 1, id, message, null, priority, AlertStatus.Open, false, null, null, 1, now, now, null, null,
                [], new Dictionary<string, string>(), null, "test", [], "team", policy);
            Append(id, AlertEventKind.Created, null, null);
            return id;
        }
    }

    public void Acknowledge(string id, string by)
    {
        lock (_gate)
        {
            _alerts[id] = _alerts[id] with { Acknowledged = true, AcknowledgedBy = by, AcknowledgedAt = Now() };
            Append(id, AlertEventKind.Acknowledged, by, null);
        }
    }

    public void Close(string id)
    {
        lock (_gate)
        {
            _alerts[id] = _alerts[id] with { Status = AlertStatus.Closed, ClosedAt = Now() };
            Append(id, AlertEventKind.Closed, null, null);
        }
    }

    public Task<IReadOnlyList<AlertEvent>> ReadAfterAsync(long afterSequence, int limit, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<AlertEvent>>(_events.Where(e => e.Sequence > afterSequence).Take(limit).ToList());
        }
    }

    public Task<Alert?> GetAsync(string alertId, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_alerts.GetValueOrDefault(alertId));
        }
    }

    public Task<AlertEvent> RecordAsync(string alertId, AlertEventKind kind, string? actor, string? note, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(Append(alertId, kind, actor, note));
        }
    }

    private AlertEvent Append(string id, AlertEventKind kind, string? actor, string? note)
    {
        var e = new AlertEvent(_events.Count + 1, id, kind, Now(), actor, note);
        _events.Add(e);
        return e;
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

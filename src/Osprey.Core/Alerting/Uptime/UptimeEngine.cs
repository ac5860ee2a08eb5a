using System.Collections.Concurrent;
using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Alerting.Uptime;

/// <summary>Runs every monitor, heartbeat and rule of a workspace from one loop: a priority queue ordered by due time, one timer, no thread per monitor.</summary>
/// <remarks>
/// State lives in memory under one lock and is written through to the store; side effects (store writes, alerts) of one
/// monitor run in order on its own chain so a slow sink never delays the loop or another monitor.
/// </remarks>
public sealed partial class UptimeEngine(IUptimeStore store, IAlertSink alerts, ISeriesStore? series, UptimeProbes probes, TimeProvider clock, IUptimeLog log)
{
    private static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(30);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, MonitorSlot> _slots = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MonitorSlot> _byToken = new(StringComparer.Ordinal);
    private readonly PriorityQueue<(MonitorSlot Slot, int Generation), long> _queue = new();
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly ConcurrentQueue<CheckSample> _samples = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sleepUntil = long.MaxValue;

    /// <summary>Loads the stored definitions and states, so open incidents stay open across restarts.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        var statuses = (await store.ListStatusesAsync(ct)).ToDictionary(s => s.Monitor, StringComparer.Ordinal);
        foreach (var definition in await store.ListAsync(ct))
        {
            Apply(definition, statuses.GetValueOrDefault(definition.Name));
        }
    }

    /// <summary>Starts watching a new definition or replaces the one with the same name (its state carries over).</summary>
    public void Apply(MonitorDefinition definition) => Apply(definition, null);

    /// <summary>Stops watching a monitor; returns false when it is unknown.</summary>
    public bool Remove(string name)
    {
        lock (_gate)
        {
            if (!_slots.Remove(name, out var slot))
            {
                return false;
            }
            slot.Generation++;
            if (slot.Definition.Heartbeat is { } heartbeat)
            {
                _byToken.Remove(heartbeat.Token);
            }
            return true;
        }
    }

    /// <summary>Gets the current state of every monitor, by name.</summary>
    public IReadOnlyList<MonitorStatus> Statuses()
    {
        lock (_gate)
        {
            return [.. _slots.Values.OrderBy(s => s.Definition.Name, StringComparer.Ordinal).Select(s => s.Status())];
        }
    }

    /// <summary>Gets the definitions being watched, by name.</summary>
    public IReadOnlyList<MonitorDefinition> Definitions()
    {
        lock (_gate)
        {
            return [.. _slots.Values.Select(s => s.Definition).OrderBy(d => d.Name, StringComparer.Ordinal)];
        }
    }

    /// <summary>Starts everything due at the current time and waits until it, and every side effect queued so far, has finished.</summary>
    public async Task RunDueAsync(CancellationToken ct)
    {
        Dispatch(Now(), ct);
        await IdleAsync();
        await FlushAsync(ct);
    }

    /// <summary>Waits until every check and side effect started so far has finished.</summary>
    public async Task IdleAsync()
    {
        while (!_running.IsEmpty)
        {
            await Task.WhenAll(_running.Keys);
        }
    }

    /// <summary>Runs the loop until cancelled: sleeps until the earliest due time (or a wake-up), starts what is due, and writes check roll-ups every 30 seconds.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var nextFlush = Now() + (long)FlushEvery.TotalMilliseconds;
        while (!ct.IsCancellationRequested)
        {
            var now = Now();
            Dispatch(now, ct);
            if (now >= nextFlush)
            {
                Track(FlushAsync(ct));
                nextFlush = now + (long)FlushEvery.TotalMilliseconds;
            }
            Task wake;
            long sleep;
            lock (_gate)
            {
                var due = _queue.TryPeek(out _, out var at) ? at : long.MaxValue;
                _sleepUntil = Math.Min(Math.Min(due, nextFlush), now + (long)MaxSleep.TotalMilliseconds);
                sleep = Math.Max(0, _sleepUntil - now);
                wake = _wake.Task;
            }
            if (sleep > 0)
            {
                await Task.WhenAny(Task.Delay(TimeSpan.FromMilliseconds(sleep), clock, ct), wake).ConfigureAwait(false);
            }
        }
        await IdleAsync();
        await FlushAsync(CancellationToken.None);
    }

    /// <summary>Writes the check results gathered since the last flush to the store's daily roll-ups.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        var batch = new List<CheckSample>();
        while (_samples.TryDequeue(out var sample))
        {
            batch.Add(sample);
        }
        if (batch.Count > 0)
        {
            await store.RecordChecksAsync(batch, ct);
        }
    }

    private void Apply(MonitorDefinition definition, MonitorStatus? stored)
    {
        lock (_gate)
        {
            if (_slots.TryGetValue(definition.Name, out var slot))
            {
                if (slot.Definition.Heartbeat is { } old)
                {
                    _byToken.Remove(old.Token);
                }
                slot.Definition = definition;
                slot.Generation++;
                slot.Queued = false;
            }
            else
            {
                slot = new MonitorSlot(definition);
                _slots[definition.Name] = slot;
                if (stored is not null)
                {
                    Restore(slot, stored);
                }
            }
            var now = Now();
            if (definition.Heartbeat is { } heartbeat)
            {
                _byToken[heartbeat.Token] = slot;
                // After a restart or a pause the job gets one more period + grace rather than an instant incident.
                var deadline = (long)heartbeat.Deadline.TotalMilliseconds;
                slot.Deadline = slot.LastPingAt is { } last && last + deadline > now ? last + deadline : slot.LastPingAt is null ? null : now + deadline;
            }
            Arm(slot, now);
        }
    }

    private static void Restore(MonitorSlot slot, MonitorStatus stored)
    {
        slot.State = stored.State is MonitorState.Paused or MonitorState.Maintenance ? MonitorState.Pending : stored.State;
        slot.Gate.Restore(slot.State);
        slot.Since = stored.Since;
        slot.LastCheckAt = stored.LastCheckAt;
        slot.LastCause = stored.LastCause;
        slot.LastPingAt = stored.LastPingAt;
        slot.LastLatencyMs = stored.LastLatencyMs;
    }

    // Must hold _gate. Queues the slot's next due time for its kind; paused monitors and heartbeats awaiting a first ping stay out of the queue.
    private void Arm(MonitorSlot slot, long now)
    {
        var definition = slot.Definition;
        if (definition.Paused || slot.Queued)
        {
            return;
        }
        long? due = definition.Kind == MonitorKind.Heartbeat ? HeartbeatDue(slot, now) : slot.CheckRunning ? null : now;
        if (due is { } at)
        {
            Push(slot, at);
        }
    }

    // Must hold _gate.
    private void Push(MonitorSlot slot, long at)
    {
        slot.Queued = true;
        _queue.Enqueue((slot, slot.Generation), at);
        if (at < _sleepUntil)
        {
            _sleepUntil = at;
            _wake.TrySetResult();
            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void Dispatch(long now, CancellationToken ct)
    {
        lock (_gate)
        {
            while (_queue.TryPeek(out var entry, out var due) && due <= now)
            {
                _queue.Dequeue();
                var (slot, generation) = entry;
                if (generation != slot.Generation || !_slots.ContainsKey(slot.Definition.Name))
                {
                    continue;
                }
                slot.Queued = false;
                switch (slot.Definition.Kind)
                {
                    case MonitorKind.Heartbeat:
                        HeartbeatDueNow(slot, now);
                        break;
                    default:
                        slot.CheckRunning = true;
                        Track(slot.Definition.Kind == MonitorKind.Rule ? EvaluateAsync(slot, generation, now, ct) : CheckAsync(slot, generation, now, ct));
                        break;
                }
            }
        }
    }

    private void Track(Task task)
    {
        if (task.IsCompleted)
        {
            return;
        }
        _running.TryAdd(task, 0);
        task.ContinueWith(t => _running.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

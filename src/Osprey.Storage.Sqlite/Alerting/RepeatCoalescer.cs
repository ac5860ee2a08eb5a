using Osprey.Core.Alerting;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Alerting;

/// <summary>Folds concurrent repeats of open aliases into one write item: one UPDATE per alias however many repeats arrived meanwhile.</summary>
/// <remarks>
/// While the writer is busy, repeats collect here; the next flush adds each alias's count in one statement and every caller is answered
/// only after that transaction commits, each with its own position in the count. So a flood of repeats costs a few statements per group
/// commit instead of a savepoint and an update per repeat, and nothing is acknowledged before it is durable.
/// </remarks>
internal sealed class RepeatCoalescer(SqliteWriter writer)
{
    private readonly Lock _gate = new();
    private Dictionary<string, Pending> _pending = new(StringComparer.Ordinal);
    private bool _flushQueued;

    /// <summary>Counts a repeat; completes after the commit with the receipt, or null when no alert with the alias is open.</summary>
    public Task<AlertReceipt?> RepeatAsync(string alias, long at, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var waiter = new TaskCompletionSource<AlertReceipt?>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool queue;
        lock (_gate)
        {
            if (!_pending.TryGetValue(alias, out var pending))
            {
                pending = new Pending();
                _pending[alias] = pending;
            }
            pending.Waiters.Add(waiter);
            pending.LastAt = Math.Max(pending.LastAt, at);
            queue = !_flushQueued;
            _flushQueued = true;
        }
        if (queue)
        {
            _ = FlushAsync();
        }
        return waiter.Task;
    }

    private async Task FlushAsync()
    {
        Dictionary<string, Pending>? batch = null;
        try
        {
            var results = await writer.WriteAsync(session =>
            {
                lock (_gate)
                {
                    batch = _pending;
                    _pending = new Dictionary<string, Pending>(StringComparer.Ordinal);
                    _flushQueued = false;
                }
                return batch.Select(p => (Pending: p.Value, Row: Apply(session, p.Key, p.Value))).ToList();
            }, CancellationToken.None).ConfigureAwait(false);
            foreach (var (pending, row) in results)
            {
                pending.Complete(row);
            }
        }
#pragma warning disable CA1031 // The failure belongs to every waiting caller; none may hang.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            lock (_gate)
            {
                batch ??= _pending;
                if (ReferenceEquals(batch, _pending))
                {
                    _pending = new Dictionary<string, Pending>(StringComparer.Ordinal);
                    _flushQueued = false;
                }
            }
            foreach (var pending in batch.Values)
            {
                pending.Fail(ex);
            }
        }
    }

    private static (string Id, int Count)? Apply(SqlSession session, string alias, Pending pending) =>
        session.QueryFirst<(string, int)?>(
            "UPDATE alerts SET count = count + $added, last_occurred_at = MAX(last_occurred_at, $at) WHERE alias = $alias AND status = 'open' RETURNING id, count",
            r => (r.GetString(0), r.GetInt32(1)), Arg("$alias", alias), Arg("$added", pending.Waiters.Count), Arg("$at", pending.LastAt));

    private sealed class Pending
    {
        public List<TaskCompletionSource<AlertReceipt?>> Waiters { get; } = [];

        public long LastAt { get; set; } = long.MinValue;

        public void Complete((string Id, int Count)? row)
        {
            for (var i = 0; i < Waiters.Count; i++)
            {
                Waiters[i].TrySetResult(row is { } r ? new AlertReceipt(r.Id, true, r.Count - Waiters.Count + i + 1) : null);
            }
        }

        public void Fail(Exception ex)
        {
            foreach (var waiter in Waiters)
            {
                waiter.TrySetException(ex);
            }
        }
    }
}

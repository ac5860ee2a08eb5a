using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>The scheduler's side of the worker protocol: records completions and applies them at once (so the children are queued before the
/// answer), claims queued tries for waiting workers the moment they are queued, renews leases, and hands kill notices to the worker holding a try.</summary>
public sealed class WorkerGateway : IRunObserver
{
    private readonly PipelineService _service;
    private readonly PipelineRuntimeOptions _options;
    private readonly TimeProvider _clock;
    private readonly BackgroundWork _background;
    private readonly IPipelineRuntimeLog? _log;
    private readonly PollWaiters _waiters = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<(PipelineRunId Run, string Task, int Try), string> _holders = new();
    private readonly ConcurrentDictionary<string, WorkerMailbox> _mailboxes = new(StringComparer.Ordinal);

    internal WorkerGateway(PipelineService service, PipelineRuntimeOptions options, TimeProvider clock, BackgroundWork background, IPipelineRuntimeLog? log)
    {
        _log = log;
        _service = service;
        _options = options;
        _clock = clock;
        _background = background;
    }

    /// <summary>Records the worker's completion (if any), then claims up to <see cref="WorkerPoll.MaxTasks"/> tries, waiting for some to be queued.</summary>
    public async Task<WorkerPollResult> PollAsync(WorkerPoll poll, CancellationToken ct)
    {
        bool? accepted = null;
        if (poll.Completion is { } completion)
        {
            accepted = await CompleteAsync(completion, ct);
        }
        var wait = poll.Wait > _options.MaxPollWait ? _options.MaxPollWait : poll.Wait;
        var deadline = _clock.GetUtcNow() + wait;
        while (poll.MaxTasks > 0)
        {
            // Registered before looking, so a try queued while the claim runs still wakes this poll.
            var waiter = _waiters.Register(choosy: poll.Types is { Count: > 0 });
            var now = _clock.GetUtcNow();
            IReadOnlyList<TaskClaim> claims;
            bool woken;
            try
            {
                claims = await _service.Runs.ClaimAsync(new ClaimRequest(poll.WorkerId, poll.MaxTasks, _options.LeaseDuration, now, poll.Types), ct);
                woken = claims.Count == 0 && await WorkSignal.WaitAsync(waiter.Woken.Task, deadline - now, _clock, _stopped.Task, ct);
            }
            catch
            {
                _waiters.Leave(waiter);
                throw;
            }
            if (claims.Count > 0)
            {
                _waiters.Leave(waiter);
                foreach (var claim in claims)
                {
                    Started(claim, now);
                }
                return new WorkerPollResult(accepted, claims);
            }
            if (!woken)
            {
                _waiters.Leave(waiter);
                break;
            }
        }
        return new WorkerPollResult(accepted, []);
    }

    /// <summary>Renews the worker's leases and waits (up to <see cref="WorkerHeartbeat.Wait"/>) for kill notices; returns the tries to kill.</summary>
    public async Task<WorkerHeartbeatResult> HeartbeatAsync(WorkerHeartbeat heartbeat, CancellationToken ct)
    {
        var mailbox = _mailboxes.GetOrAdd(heartbeat.WorkerId, _ => new WorkerMailbox());
        var next = mailbox.Signal.Next;
        var revoked = new List<TaskLease>();
        foreach (var lease in heartbeat.Leases)
        {
            var held = lease with { WorkerId = heartbeat.WorkerId };
            if (!await _service.Runs.RenewLeaseAsync(held, _clock.GetUtcNow() + _options.LeaseDuration, ct))
            {
                revoked.Add(held);
            }
        }
        var wait = heartbeat.Wait > _options.MaxPollWait ? _options.MaxPollWait : heartbeat.Wait;
        if (revoked.Count == 0 && mailbox.Kills.IsEmpty)
        {
            await WorkSignal.WaitAsync(next, wait, _clock, _stopped.Task, ct);
        }
        while (mailbox.Kills.TryDequeue(out var kill))
        {
            revoked.Add(kill);
        }
        return new WorkerHeartbeatResult([.. revoked.DistinctBy(l => (l.RunId, l.TaskId, l.TryNumber))], _options.LeaseDuration);
    }

    /// <summary>Answers every waiting poll and heartbeat now, and later ones without waiting (the host is shutting down).</summary>
    public void Stop()
    {
        _stopped.TrySetResult();
        _waiters.WakeAll();
    }

    /// <summary>Wakes every waiting poll (after recovery, when tries may already be queued).</summary>
    public void WakeWorkers() => _waiters.WakeAll();

    /// <inheritdoc/>
    public void OnStepped(RunStepped stepped)
    {
        var dispatched = stepped.Step.Transitions.Count(t => t.Dispatch is not null);
        if (dispatched > 0)
        {
            _waiters.Wake(dispatched);
        }
        foreach (var kill in stepped.Step.ToKill)
        {
            if (_holders.TryRemove((stepped.RunId, kill.TaskId, kill.TryNumber), out var worker) && _mailboxes.TryGetValue(worker, out var mailbox))
            {
                mailbox.Kills.Enqueue(new TaskLease(stepped.RunId, kill.TaskId, kill.TryNumber, worker, _clock.GetUtcNow()));
                mailbox.Signal.Pulse();
            }
        }
    }

    private async Task<bool> CompleteAsync(TryCompletion completion, CancellationToken ct)
    {
        _holders.TryRemove((completion.RunId, completion.TaskId, completion.TryNumber), out _);
        if (!await _service.Runs.CompleteTryAsync(completion, ct))
        {
            return false;
        }
        try
        {
            // Applied before answering, so the worker's next claim already sees the children this completion queued.
            await _service.Stepper.ApplyAsync(completion.RunId, completion.ToEvent(), new TaskAttempt(completion.TaskId, completion.TryNumber), ct);
        }
        catch (OspreyException e)
        {
            // The completion is stored and stays pending; the lease sweeper applies it again on its next pass.
            _log?.Failed($"applying the end of {completion.TaskId} in run {completion.RunId}", e);
        }
        return true;
    }

    private void Started(TaskClaim claim, DateTimeOffset now)
    {
        var lease = claim.Lease;
        _holders[(lease.RunId, lease.TaskId, lease.TryNumber)] = lease.WorkerId;
        _mailboxes.GetOrAdd(lease.WorkerId, _ => new WorkerMailbox());
        _background.Run($"marking {lease.TaskId} of run {lease.RunId} started", () =>
            _service.Stepper.ApplyAsync(lease.RunId, new TaskStarted(lease.TaskId, lease.TryNumber, now), null, CancellationToken.None));
    }

    private sealed class WorkerMailbox
    {
        public ConcurrentQueue<TaskLease> Kills { get; } = new();

        public WorkSignal Signal { get; } = new();
    }
}

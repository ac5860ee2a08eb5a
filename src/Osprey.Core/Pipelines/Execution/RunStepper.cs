using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Applies events to runs and persists the steps: one write at a time per run, from a cached state when this process wrote the run
/// last, reloading and applying again when the store reports a conflict (another process moved the run). Events that arrive while a run's
/// write is in flight are applied together and persisted in the next single write. Observers hear every persisted step.</summary>
public sealed class RunStepper(IPipelineRunStore store, PipelineDirectory directory, IRetryJitter? jitter = null)
{
    private const int MaxAttempts = 5;
    private const int MaxBatch = 256;

    private readonly ConcurrentDictionary<PipelineRunId, RunCell> _cells = new();
    private IRunObserver[] _observers = [];

    /// <summary>Gets the jitter retries use.</summary>
    public IRetryJitter Jitter { get; } = jitter ?? HashRetryJitter.Instance;

    /// <summary>Adds an observer until the returned handle is disposed.</summary>
    public IDisposable Observe(IRunObserver observer)
    {
        ChangeObservers(o => [.. o, observer]);
        return new Subscription(() => ChangeObservers(o => [.. o.Where(x => x != observer)]));
    }

    /// <summary>Applies <paramref name="runEvent"/> and persists the step (perhaps merged with other events of the run); returns null when it changed
    /// nothing and there was no completion to mark applied.</summary>
    public Task<RunStepped?> ApplyAsync(PipelineRunId runId, RunEvent runEvent, TaskAttempt? completion, CancellationToken ct) =>
        StepAsync(runId, new Pending(state => state.Apply(runEvent), completion), ct);

    /// <summary>Starts a queued run at <paramref name="now"/>; returns null when it is no longer queued.</summary>
    public Task<RunStepped?> StartAsync(PipelineRunId runId, DateTimeOffset now, CancellationToken ct) =>
        StepAsync(runId, new Pending(state => state.Status == PipelineRunStatus.Queued ? PipelineRunState.Start(state.Definition, state.Context, now, Jitter) : null, null), ct);

    /// <summary>Remembers a run this process just created started, and tells the observers about its first step.</summary>
    public void Created(PipelineRunId runId, RunStep start, long version)
    {
        _cells[runId] = new RunCell { Loaded = (start.State, version) };
        Publish(new RunStepped(runId, start, version));
    }

    /// <summary>Loads a run's state as stored (not from the cache).</summary>
    public async Task<(PipelineRunState State, long Version)> LoadAsync(PipelineRunId runId, CancellationToken ct)
    {
        var record = await store.GetRunAsync(runId, ct);
        var definition = (await directory.GetAsync(record.Pipeline, ct)).RequireDefinition();
        return (record.Restore(definition, Jitter), record.Version);
    }

    private async Task<RunStepped?> StepAsync(PipelineRunId runId, Pending pending, CancellationToken ct)
    {
        var cell = _cells.GetOrAdd(runId, _ => new RunCell());
        cell.Queue.Enqueue(pending);
        await cell.Gate.WaitAsync(ct);
        try
        {
            // Whoever holds the gate writes every event queued so far, its own and the ones that arrived meanwhile.
            while (!pending.Done.Task.IsCompleted && TakeBatch(cell) is { Count: > 0 } batch)
            {
                await WriteAsync(runId, cell, batch);
            }
        }
        finally
        {
            if (cell.Loaded?.State.IsFinished == true)
            {
                _cells.TryRemove(new KeyValuePair<PipelineRunId, RunCell>(runId, cell));
            }
            cell.Gate.Release();
        }
        return await pending.Done.Task;
    }

    private async Task WriteAsync(PipelineRunId runId, RunCell cell, List<Pending> batch)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                cell.Loaded ??= await LoadAsync(runId, CancellationToken.None);
                var (state, version) = cell.Loaded.Value;
                var steps = new List<RunStep>();
                var changed = new bool[batch.Count];
                for (var i = 0; i < batch.Count; i++)
                {
                    if (batch[i].Decide(state) is { IsEmpty: false } step)
                    {
                        steps.Add(step);
                        state = step.State;
                        changed[i] = true;
                    }
                }
                var completions = batch.Select(p => p.Completion).OfType<TaskAttempt>().ToList();
                if (steps.Count == 0 && completions.Count == 0)
                {
                    batch.ForEach(p => p.Done.TrySetResult(null));
                    return;
                }
                var merged = steps.Count == 0 ? RunSteps.Nothing(state) : RunSteps.Merge(steps);
                try
                {
                    var next = await store.ApplyAsync(new RunStepWrite(runId, version, merged, completions), CancellationToken.None);
                    cell.Loaded = (merged.State, next);
                    var stepped = new RunStepped(runId, merged, next);
                    Publish(stepped);
                    for (var i = 0; i < batch.Count; i++)
                    {
                        batch[i].Done.TrySetResult(changed[i] || batch[i].Completion is not null ? stepped : null);
                    }
                    return;
                }
                catch (OspreyException e) when (e.Code == ErrorCode.Conflict && attempt < MaxAttempts)
                {
                    cell.Loaded = null;
                }
            }
        }
#pragma warning disable CA1031 // The failure belongs to every caller whose event was in the batch; each gets it from its own task.
        catch (Exception e)
#pragma warning restore CA1031
        {
            // The write may or may not have reached the store: read it again next time.
            cell.Loaded = null;
            batch.ForEach(p => p.Done.TrySetException(e));
        }
    }

    private static List<Pending> TakeBatch(RunCell cell)
    {
        var batch = new List<Pending>();
        while (batch.Count < MaxBatch && cell.Queue.TryDequeue(out var next))
        {
            batch.Add(next);
        }
        return batch;
    }

    private void Publish(RunStepped stepped)
    {
        foreach (var observer in Volatile.Read(ref _observers))
        {
            observer.OnStepped(stepped);
        }
    }

    private void ChangeObservers(Func<IRunObserver[], IRunObserver[]> change)
    {
        IRunObserver[] before, after;
        do
        {
            before = Volatile.Read(ref _observers);
            after = change(before);
        }
        while (Interlocked.CompareExchange(ref _observers, after, before) != before);
    }

    private sealed class RunCell
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ConcurrentQueue<Pending> Queue { get; } = new();

        public (PipelineRunState State, long Version)? Loaded { get; set; }
    }

    private sealed record Pending(Func<PipelineRunState, RunStep?> Decide, TaskAttempt? Completion)
    {
        public TaskCompletionSource<RunStepped?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

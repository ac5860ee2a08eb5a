using System.Collections.Concurrent;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Applies events to runs and persists each step: one event at a time per run, from a cached state when this process wrote the run
/// last, reloading and applying again when the store reports a conflict (another process moved the run). Observers hear every persisted step.</summary>
public sealed class RunStepper(IPipelineRunStore store, PipelineDirectory directory, IRetryJitter? jitter = null)
{
    private const int MaxAttempts = 5;

    private readonly ConcurrentDictionary<PipelineRunId, RunCell> _cells = new();
    private IRunObserver[] _observers = [];

    /// <summary>Gets the jitter retries use.</summary>
    public IRetryJitter Jitter { get; } = jitter ?? HashRetryJitter.Instance;

    /// <summary>Adds an observer until the returned handle is disposed.</summary>
    public IDisposable Observe(IRunObserver observer)
    {
        ImmutableInterlocked(o => [.. o, observer]);
        return new Subscription(() => ImmutableInterlocked(o => [.. o.Where(x => x != observer)]));
    }

    /// <summary>Applies <paramref name="runEvent"/> and persists the step; returns null when it changed nothing and there was no completion to mark applied.</summary>
    public Task<RunStepped?> ApplyAsync(PipelineRunId runId, RunEvent runEvent, TaskAttempt? completion, CancellationToken ct) =>
        StepAsync(runId, state => state.Apply(runEvent), completion, ct);

    /// <summary>Starts a queued run at <paramref name="now"/>; returns null when it is no longer queued.</summary>
    public Task<RunStepped?> StartAsync(PipelineRunId runId, DateTimeOffset now, CancellationToken ct) =>
        StepAsync(runId, state => state.Status == PipelineRunStatus.Queued ? PipelineRunState.Start(state.Definition, state.Context, now, Jitter) : null, null, ct);

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

    private async Task<RunStepped?> StepAsync(PipelineRunId runId, Func<PipelineRunState, RunStep?> decide, TaskAttempt? completion, CancellationToken ct)
    {
        var cell = _cells.GetOrAdd(runId, _ => new RunCell());
        await cell.Gate.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                cell.Loaded ??= await LoadAsync(runId, ct);
                var (state, version) = cell.Loaded.Value;
                var step = decide(state);
                if (step is null || (step.IsEmpty && completion is null))
                {
                    return null;
                }
                try
                {
                    var next = await store.ApplyAsync(new RunStepWrite(runId, version, step, completion), ct);
                    cell.Loaded = (step.State, next);
                    var stepped = new RunStepped(runId, step, next);
                    Publish(stepped);
                    return stepped;
                }
                catch (OspreyException e) when (e.Code == ErrorCode.Conflict && attempt < MaxAttempts)
                {
                    cell.Loaded = null;
                }
            }
        }
        catch
        {
            // The write may or may not have reached the store: read it again next time.
            cell.Loaded = null;
            throw;
        }
        finally
        {
            if (cell.Loaded?.State.IsFinished == true)
            {
                _cells.TryRemove(new KeyValuePair<PipelineRunId, RunCell>(runId, cell));
            }
            cell.Gate.Release();
        }
    }

    private void Publish(RunStepped stepped)
    {
        foreach (var observer in Volatile.Read(ref _observers))
        {
            observer.OnStepped(stepped);
        }
    }

    private void ImmutableInterlocked(Func<IRunObserver[], IRunObserver[]> change)
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

        public (PipelineRunState State, long Version)? Loaded { get; set; }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Fire-and-forget work of the runtime (timers firing, starts applied after a claim) that is counted, logged when it fails,
/// and can be awaited: at shutdown, and by tests that drive a fake clock and need the work it set off to finish.</summary>
internal sealed class BackgroundWork(IPipelineRuntimeLog? log)
{
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];

    /// <summary>Starts <paramref name="work"/>; a failure is reported as <paramref name="what"/>.</summary>
    public void Run(string what, Func<Task> work)
    {
        var task = RunLoggedAsync(what, work);
        lock (_gate)
        {
            if (!task.IsCompleted)
            {
                _running.Add(task);
            }
        }
        task.ContinueWith(t =>
        {
            lock (_gate)
            {
                _running.Remove(t);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes once no work is running, including work started by work that was running.</summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            Task[] running;
            lock (_gate)
            {
                running = [.. _running];
            }
            if (running.Length == 0)
            {
                return;
            }
            await Task.WhenAll(running);
        }
    }

    private async Task RunLoggedAsync(string what, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // Background work must never take the runtime down; recovery and the next pass retry it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log?.Failed(what, e);
        }
    }
}

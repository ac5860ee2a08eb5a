namespace Osprey.Core.Serving;

/// <summary>Work a server starts after answering (shadow scoring of batches), counted so shutdown and tests can wait for it to finish.</summary>
public sealed class BackgroundWork
{
    private readonly Lock _gate = new();
    private int _running;
    private TaskCompletionSource _idle = Completed();

    /// <summary>Gets the number of pieces still running.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Runs <paramref name="work"/> on the thread pool; its exceptions are its own to handle.</summary>
    public void Run(Action work)
    {
        lock (_gate)
        {
            if (_running++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        _ = Task.Run(() =>
        {
            try
            {
                work();
            }
            finally
            {
                Finish();
            }
        });
    }

    /// <summary>Completes once nothing is running.</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _idle.Task;
        }
    }

    private void Finish()
    {
        lock (_gate)
        {
            if (--_running == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}

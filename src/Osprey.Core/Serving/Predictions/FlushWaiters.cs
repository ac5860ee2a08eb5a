namespace Osprey.Core.Serving.Predictions;

/// <summary>Callers waiting for the log to have processed a number of rows, released as batches complete.</summary>
internal sealed class FlushWaiters
{
    private readonly List<(long Target, TaskCompletionSource Done)> _waiting = [];
    private readonly Lock _gate = new();

    /// <summary>Gets whether anyone is waiting.</summary>
    public bool Pending
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count > 0;
            }
        }
    }

    /// <summary>Returns a task completing once <paramref name="target"/> rows are processed (at once when they already are).</summary>
    /// <remarks>The count is read under the same lock <see cref="Release"/> takes, so a batch finishing meanwhile cannot be missed.</remarks>
    public Task Add(long target, Func<long> processed)
    {
        lock (_gate)
        {
            if (processed() >= target)
            {
                return Task.CompletedTask;
            }
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((target, done));
            return done.Task;
        }
    }

    /// <summary>Completes every wait whose target is reached.</summary>
    public void Release(Func<long> processedNow)
    {
        lock (_gate)
        {
            var processed = processedNow();
            for (var i = _waiting.Count - 1; i >= 0; i--)
            {
                if (_waiting[i].Target <= processed)
                {
                    _waiting[i].Done.TrySetResult();
                    _waiting.RemoveAt(i);
                }
            }
        }
    }
}

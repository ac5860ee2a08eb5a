namespace Osprey.Core.Pipelines.Execution;

/// <summary>Wakes everyone waiting for something to happen (new queued tries, a kill notice): take <see cref="Next"/> before looking, then wait on it.</summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource _current = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes at the next <see cref="Pulse"/>.</summary>
    public Task Next => Volatile.Read(ref _current).Task;

    /// <summary>Wakes every waiter.</summary>
    public void Pulse() =>
        Interlocked.Exchange(ref _current, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Waits for the pulse behind <paramref name="next"/>, until <paramref name="timeout"/> passes, or until <paramref name="stopped"/> completes;
    /// true only for the pulse.</summary>
    public static async Task<bool> WaitAsync(Task next, TimeSpan timeout, TimeProvider clock, Task stopped, CancellationToken ct)
    {
        if (timeout <= TimeSpan.Zero || stopped.IsCompleted)
        {
            return next.IsCompleted;
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(timeout, clock, stop.Token);
        var first = await Task.WhenAny(next, delay, stopped);
        await stop.CancelAsync();
        ct.ThrowIfCancellationRequested();
        return first == next;
    }
}

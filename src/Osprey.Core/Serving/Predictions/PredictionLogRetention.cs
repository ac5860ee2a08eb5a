namespace Osprey.Core.Serving.Predictions;

/// <summary>
/// Keeps the prediction log to a window: every <see cref="Interval"/> of the clock it deletes predictions, and ground truth, older than the
/// retention. The first sweep runs at start, so a server that was down still trims the log it finds.
/// </summary>
public sealed class PredictionLogRetention : IAsyncDisposable
{
    /// <summary>How long predictions are kept when nothing else is said.</summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(30);

    private readonly IPredictionLogStore _store;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private readonly List<(int Sweeps, TaskCompletionSource Done)> _waiting = [];
    private readonly Lock _gate = new();
    private long _deleted;
    private int _sweeps;

    /// <summary>Prepares a sweep of <paramref name="store"/> keeping <paramref name="retention"/>; nothing runs until <see cref="Start"/>.</summary>
    public PredictionLogRetention(IPredictionLogStore store, TimeSpan retention, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        _store = store;
        _retention = retention;
        _clock = clock;
        // Sweeping a few times per retention bounds how far past it a row lives, without deleting row by row.
        Interval = TimeSpan.FromTicks(Math.Clamp(retention.Ticks / 4, TimeSpan.FromMinutes(1).Ticks, TimeSpan.FromHours(1).Ticks));
    }

    /// <summary>Gets how often the log is swept.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Gets the predictions deleted so far.</summary>
    public long DeletedRows => Volatile.Read(ref _deleted);

    /// <summary>Gets the most recent failure, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>Gets the number of sweeps the loop has finished (a failed one included).</summary>
    public int Sweeps => Volatile.Read(ref _sweeps);

    /// <summary>Completes once the loop has finished <paramref name="sweeps"/> sweeps.</summary>
    public Task WhenSweptAsync(int sweeps)
    {
        lock (_gate)
        {
            if (_sweeps >= sweeps)
            {
                return Task.CompletedTask;
            }
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((sweeps, done));
            return done.Task;
        }
    }

    /// <summary>Starts sweeping: once now, then every <see cref="Interval"/>.</summary>
    public void Start() => _loop = Task.Run(RunAsync);

    /// <summary>Deletes what is older than the retention now; returns how many predictions went.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var cutoff = (_clock.GetUtcNow() - _retention).ToUnixTimeMilliseconds();
        var deleted = await _store.DeleteBeforeAsync(cutoff, ct).ConfigureAwait(false);
        Interlocked.Add(ref _deleted, deleted);
        return deleted;
    }

    /// <summary>Stops sweeping, waiting for a sweep under way.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval, _clock);
        do
        {
            try
            {
                await SweepAsync(_stop.Token).ConfigureAwait(false);
                LastError = null;
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed sweep is reported and retried at the next tick; it must never stop serving.
            catch (Exception error)
#pragma warning restore CA1031
            {
                LastError = error.Message;
            }
            Swept();
        }
        while (await Tick(timer).ConfigureAwait(false));
    }

    private void Swept()
    {
        lock (_gate)
        {
            _sweeps++;
            foreach (var wait in _waiting.Where(w => w.Sweeps <= _sweeps).ToList())
            {
                wait.Done.TrySetResult();
                _waiting.Remove(wait);
            }
        }
    }

    private async Task<bool> Tick(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

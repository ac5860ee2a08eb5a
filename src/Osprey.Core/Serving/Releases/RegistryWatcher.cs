namespace Osprey.Core.Serving.Releases;

/// <summary>
/// Polls the registry on a timer from the injected clock: hot-reloads every deployment whose alias, stage or latest version moved, and retries
/// the first load of any deployment that has none yet.
/// One poll runs at a time; a tick that finds a poll still running is skipped.
/// </summary>
public sealed class RegistryWatcher(ReleaseController releases, TimeProvider clock, TimeSpan interval) : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private ITimer? _timer;
    private Task _current = Task.CompletedTask;
    private bool _stopped;

    /// <summary>Gets how often the registry is read.</summary>
    public TimeSpan Interval => interval;

    /// <summary>Starts polling when any deployment follows something that can move.</summary>
    public void Start()
    {
        if (interval <= TimeSpan.Zero || !releases.Models.All.Any(d => d.Reference.Moves || d.Plan is null))
        {
            return;
        }
        _timer = clock.CreateTimer(_ => PollNow(), null, interval, interval);
    }

    /// <summary>Starts a poll unless one is running, and returns the running poll.</summary>
    public Task PollNow()
    {
        lock (_gate)
        {
            if (!_stopped && _current.IsCompleted)
            {
                _current = Task.Run(PollAsync);
            }
            return _current;
        }
    }

    /// <summary>Stops the timer and waits for a running poll.</summary>
    public async ValueTask DisposeAsync()
    {
        Task running;
        lock (_gate)
        {
            _stopped = true;
            running = _current;
        }
        if (_timer is not null)
        {
            await _timer.DisposeAsync();
        }
        await running.ConfigureAwait(false);
    }

    private async Task PollAsync()
    {
        foreach (var deployment in releases.Models.All)
        {
            if (deployment.Plan is null)
            {
                await releases.TryStartAsync(deployment, CancellationToken.None).ConfigureAwait(false);
            }
            else if (deployment.Reference.Moves)
            {
                await releases.RefreshAsync(deployment, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}

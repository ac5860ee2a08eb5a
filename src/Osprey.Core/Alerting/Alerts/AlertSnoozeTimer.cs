namespace Osprey.Core.Alerting.Alerts;

/// <summary>Ends due snoozes on a fixed beat of the injected clock, so <see cref="AlertEventKind.SnoozeEnded"/> is recorded even when nobody reads.</summary>
public sealed class AlertSnoozeTimer : IAsyncDisposable
{
    private readonly AlertService _alerts;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private Task _current = Task.CompletedTask;

    /// <summary>Starts the beat; the first check runs one <paramref name="period"/> from now.</summary>
    public AlertSnoozeTimer(AlertService alerts, TimeProvider clock, TimeSpan period)
    {
        _alerts = alerts;
        _timer = clock.CreateTimer(_ => _ = TickAsync(), null, period, period);
    }

    /// <summary>Gets the failure of the last check, if it failed (the next beat tries again).</summary>
    public Exception? LastFailure { get; private set; }

    /// <summary>Runs one check that reads the clock after this call, queued behind a check already running so checks never overlap.</summary>
    public Task TickAsync()
    {
        lock (_gate)
        {
            _current = CheckAfterAsync(_current);
            return _current;
        }
    }

    public ValueTask DisposeAsync() => _timer.DisposeAsync();

    private async Task CheckAfterAsync(Task previous)
    {
        await previous;
        await Task.Yield();
        try
        {
            await _alerts.EndDueSnoozesAsync(CancellationToken.None);
            LastFailure = null;
        }
#pragma warning disable CA1031 // A failed check (a closed or locked database) must not kill the timer; the next beat retries.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LastFailure = ex;
        }
    }
}

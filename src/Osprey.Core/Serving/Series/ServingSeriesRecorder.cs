using Osprey.Core.Monitoring.Series;

namespace Osprey.Core.Serving.Series;

/// <summary>
/// Every <see cref="Interval"/> appends what serving did in that interval to the workspace's series, so alert rules can watch live traffic:
/// latency quantiles, requests and error rate per model version, and the prediction log's dropped rows.
/// </summary>
/// <remarks>It reads only the in-memory metrics, so requests never wait on it; a failed append is kept as <see cref="LastError"/> and retried next interval.</remarks>
public sealed class ServingSeriesRecorder : IAsyncDisposable
{
    /// <summary>How often serving records its series when nothing else is said.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(15);

    private readonly ISeriesStore _store;
    private readonly TimeProvider _clock;
    private readonly Func<IReadOnlyList<ServedSeries>> _served;
    private readonly Func<long>? _dropped;
    private readonly Dictionary<string, VersionReading> _last = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _recording = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private long _lastDropped;
    private long _lastAt = long.MinValue;
    private int _recordings;

    /// <summary>Prepares a recorder of the versions <paramref name="served"/> lists (and of <paramref name="dropped"/>, the prediction log's dropped rows, when given); nothing runs until <see cref="Start"/>.</summary>
    public ServingSeriesRecorder(ISeriesStore store, TimeProvider clock, TimeSpan interval, Func<IReadOnlyList<ServedSeries>> served, Func<long>? dropped)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _store = store;
        _clock = clock;
        _served = served;
        _dropped = dropped;
        Interval = interval;
    }

    /// <summary>Gets how often samples are appended.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Gets why the most recent append failed, or null when it succeeded.</summary>
    public string? LastError { get; private set; }

    /// <summary>Gets how many intervals have been recorded (a failed append included).</summary>
    public int Recordings => Volatile.Read(ref _recordings);

    /// <summary>Starts recording at every <see cref="Interval"/> of the clock.</summary>
    public void Start() => _loop = Task.Run(RunAsync);

    /// <summary>Appends the samples of the interval since the previous recording (or since the metrics began); returns them, none when the clock has not moved since.</summary>
    public async Task<IReadOnlyList<SeriesPoint>> RecordAsync(CancellationToken ct)
    {
        await _recording.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            var now = _clock.GetUtcNow().ToUnixTimeMilliseconds();
            if (now <= _lastAt)
            {
                // A sample at the same time would replace the one already stored; what happened since waits for the next interval.
                return [];
            }
            var points = new List<SeriesPoint>();
            var readings = new Dictionary<string, VersionReading>(StringComparer.Ordinal);
            foreach (var served in _served())
            {
                points.AddRange(Sample(served, now, readings));
            }
            var dropped = _dropped?.Invoke() ?? 0;
            if (_dropped is not null)
            {
                points.Add(new SeriesPoint("prediction_log_dropped", new Dictionary<string, string>(), now, Math.Max(0, dropped - _lastDropped)));
            }
            if (points.Count > 0)
            {
                await _store.AppendAsync(points, ct).ConfigureAwait(false);
            }
            // Moving the baseline only after the append means a failed interval is counted in the next one rather than lost.
            foreach (var (key, reading) in readings)
            {
                _last[key] = reading;
            }
            _lastDropped = dropped;
            _lastAt = now;
            return points;
        }
        finally
        {
            _recording.Release();
        }
    }

    /// <summary>Stops the timer, then records the last partial interval so shutdown loses nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        await RecordOnceAsync(CancellationToken.None).ConfigureAwait(false);
        _stop.Dispose();
        _recording.Dispose();
    }

    private List<SeriesPoint> Sample(ServedSeries served, long now, Dictionary<string, VersionReading> readings)
    {
        var key = $"{served.Model}\u001f{served.Version}";
        var reading = VersionReading.Of(served);
        var earlier = _last.GetValueOrDefault(key);
        readings[key] = reading;
        var latency = reading.Latency.Since(earlier?.Latency);
        var errors = Math.Max(0, reading.Errors - (earlier?.Errors ?? 0));
        var requests = latency.Count + errors;
        var labels = new Dictionary<string, string> { ["model"] = served.Model, ["version"] = served.Version, ["role"] = served.Role };
        var points = new List<SeriesPoint> { new("model_requests", labels, now, requests) };
        if (requests > 0)
        {
            points.Add(new("model_error_rate", labels, now, (double)errors / requests));
        }
        if (latency.Quantile(0.5) is { } p50 && latency.Quantile(0.99) is { } p99)
        {
            points.Add(new("model_prediction_latency_p50_seconds", labels, now, p50));
            points.Add(new("model_prediction_latency_p99_seconds", labels, now, p99));
        }
        return points;
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(Interval, _clock);
        while (await TickAsync(timer).ConfigureAwait(false))
        {
            await RecordOnceAsync(_stop.Token).ConfigureAwait(false);
        }
    }

    private async Task RecordOnceAsync(CancellationToken ct)
    {
        try
        {
            await RecordAsync(ct).ConfigureAwait(false);
            LastError = null;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // A failed append is reported and the next interval tries again; it must never stop serving.
        catch (Exception error)
#pragma warning restore CA1031
        {
            LastError = error.Message;
        }
        Interlocked.Increment(ref _recordings);
    }

    private async Task<bool> TickAsync(PeriodicTimer timer)
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

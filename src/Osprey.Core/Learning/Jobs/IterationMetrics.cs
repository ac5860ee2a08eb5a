using System.Threading.Channels;
using Osprey.Core.Learning.Boosting;
using Osprey.Core.Tracking;

namespace Osprey.Core.Learning.Jobs;

/// <summary>
/// Logs the validation loss of every boosting iteration (step = iteration) while training runs: points are queued by the
/// training thread and written by one background writer in log-batch calls of up to 1,000, at most one call per interval.
/// </summary>
public sealed class IterationMetrics : IProgress<BoostingProgress>
{
    // Not single-reader: only the general unbounded channel can count what is queued.
    private readonly Channel<Metric> _points = Channel.CreateUnbounded<Metric>(new UnboundedChannelOptions { SingleWriter = true });
    private readonly IRunService _runs;
    private readonly string _runId;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _interval;
    private readonly IProgress<BoostingProgress>? _next;
    private readonly TaskCompletionSource _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _writer;
    private readonly CancellationToken _ct;
    private long _lastTimestamp;
    private int _calls;

    /// <summary>Starts the writer; <paramref name="next"/> also receives every report (for a progress bar).</summary>
    public IterationMetrics(IRunService runs, string runId, TimeProvider clock, TimeSpan interval, IProgress<BoostingProgress>? next, CancellationToken ct)
    {
        _runs = runs;
        _runId = runId;
        _clock = clock;
        _interval = interval;
        _next = next;
        _ct = ct;
        _writer = Task.Run(() => WriteAsync(ct), ct);
    }

    /// <summary>Gets how many log-batch calls were made so far.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Gets the metric key of a loss, such as <c>validation_log_loss</c>.</summary>
    public static string Key(string lossName) => "validation_" + lossName;

    /// <summary>Queues the iteration's validation loss; throws <see cref="OperationCanceledException"/> when the job was cancelled, which stops boosting.</summary>
    public void Report(BoostingProgress value)
    {
        _ct.ThrowIfCancellationRequested();
        _next?.Report(value);
        if (value.ValidationLoss is not { } loss || !double.IsFinite(loss))
        {
            return;
        }
        // Strictly increasing timestamps keep the run's latest value the last iteration's, even when iterations share a millisecond.
        var now = Math.Max(_clock.GetUtcNow().ToUnixTimeMilliseconds(), _lastTimestamp + 1);
        _lastTimestamp = now;
        _points.Writer.TryWrite(new Metric(Key(value.LossName), loss, now, value.Iteration));
    }

    /// <summary>Stops accepting points, waits until every queued point is logged and rethrows a logging failure.</summary>
    public Task CompleteAsync()
    {
        _points.Writer.TryComplete();
        _completed.TrySetResult();
        return _writer;
    }

    private async Task WriteAsync(CancellationToken ct)
    {
        var reader = _points.Reader;
        var batch = new List<Metric>(TrackingLimits.MaxBatchMetrics);
        while (await reader.WaitToReadAsync(ct))
        {
            while (batch.Count < TrackingLimits.MaxBatchMetrics && reader.TryRead(out var point))
            {
                batch.Add(point);
            }
            await _runs.LogBatchAsync(_runId, new RunBatch(batch.ToArray(), [], []), ct);
            Interlocked.Increment(ref _calls);
            batch.Clear();
            // Waiting lets points accumulate into one call; completion ends the wait so the last points are not delayed.
            if (!_completed.Task.IsCompleted && reader.Count < TrackingLimits.MaxBatchMetrics)
            {
                await Task.WhenAny(Task.Delay(_interval, _clock, ct), _completed.Task);
            }
        }
    }
}

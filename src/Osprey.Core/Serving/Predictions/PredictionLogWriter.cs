using System.Collections.Concurrent;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Routing;

namespace Osprey.Core.Serving.Predictions;

/// <summary>
/// The asynchronous prediction log: a single-row prediction is formatted at once into the answering thread's buffer
/// (<see cref="TryAppendRow"/>), other entries go to an in-memory queue to be formatted later (<see cref="TryAppend"/>); neither ever
/// waits for storage. One background loop gathers for up to <see cref="Linger"/> (or until a batch is full), takes both into one batch
/// and hands it to the store. When the log holds its capacity of rows, new predictions are dropped and counted.
/// </summary>
/// <remarks>
/// The file is over 200 lines because the counting (reserved, taken, written) and the loop's waking are one mechanism and read best
/// together. The loop has a thread of its own and waits there: formatting thousands of rows on the thread pool of a small machine
/// would queue request work behind it, where the operating system's scheduler shares the cores among the threads instead.
/// </remarks>
public sealed class PredictionLogWriter : IAsyncDisposable
{
    /// <summary>The most rows written in one batch.</summary>
    public const int BatchRows = 2048;

    /// <summary>How long the loop gathers entries before writing a batch that is not full.</summary>
    public static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(50);

    private readonly IPredictionLogStore _store;
    private readonly TimeProvider _clock;
    private readonly int _capacityRows;
    // A lock-free queue: the loop is woken only when the log stops being empty, fills a batch, or is flushed.
    private readonly ConcurrentQueue<PredictionLogEntry> _queue = new();
    private readonly FlushWaiters _flushes = new();
    private readonly Task _loop;
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly PredictionRowBuffers _rows = new();
    // Rows taken by the loop and not yet written: they still count as queued until their write finishes.
    private long _takenRows;
    private long _queuedRows, _acceptedRows, _droppedRows, _writtenRows, _failedRows;
    private volatile bool _closed;

    /// <summary>Starts the background loop over a store with a queue of at most <paramref name="capacityRows"/> rows.</summary>
    public PredictionLogWriter(IPredictionLogStore store, int capacityRows, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityRows, 1);
        _store = store;
        _clock = clock;
        _capacityRows = capacityRows;
        _loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Gets the rows dropped because the queue was full.</summary>
    public long DroppedRows => Volatile.Read(ref _droppedRows);

    /// <summary>Gets the rows written to the store.</summary>
    public long WrittenRows => Volatile.Read(ref _writtenRows);

    /// <summary>Gets the rows lost because the store refused a batch or an entry could not be formatted.</summary>
    public long FailedRows => Volatile.Read(ref _failedRows);

    /// <summary>Gets the rows waiting in the queue or being written.</summary>
    public long QueuedRows => Volatile.Read(ref _queuedRows);

    /// <summary>Gets the most recent failure, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>Queues an entry without waiting; returns false (and counts its rows as dropped) when the queue is full or closed.</summary>
    public bool TryAppend(PredictionLogEntry entry)
    {
        var rows = entry.RowCount;
        if (TryReserve(rows) is not { } before)
        {
            entry.Inputs.Release();
            return false;
        }
        _queue.Enqueue(entry);
        Accepted(rows, before);
        return true;
    }

    /// <summary>
    /// Logs one prediction whose inputs are one request row's JSON text (an object by name, or an array in the model's feature order),
    /// formatting it at once on the calling thread (see <see cref="PredictionRowBuffers"/>); returns false when the queue is full or closed.
    /// </summary>
    /// <param name="givenId">The id the client sent, or null for the generated <paramref name="generatedId"/>.</param>
    public bool TryAppendRow(string? givenId, ulong generatedId, long timestamp, ServedVersion version, VersionRole role, ReadOnlySpan<byte> inputs,
        ReadOnlySpan<double> outputs, double latencyMs)
    {
        if (TryReserve(1) is not { } before)
        {
            return false;
        }
        if (_rows.Add(givenId, generatedId, timestamp, version, role, inputs, outputs, latencyMs) is { } error)
        {
            Interlocked.Decrement(ref _queuedRows);
            Interlocked.Increment(ref _failedRows);
            LastError = error.Message;
            return false;
        }
        Accepted(1, before);
        return true;
    }

    // Takes room for rows in the queue and returns how many rows it held before, or counts them as dropped and returns null.
    private long? TryReserve(int rows)
    {
        var queued = Interlocked.Add(ref _queuedRows, rows);
        if (queued > _capacityRows || _closed)
        {
            Interlocked.Add(ref _queuedRows, -rows);
            Interlocked.Add(ref _droppedRows, rows);
            return null;
        }
        return queued - rows;
    }

    // Counts reserved rows as accepted (for flushes) once the loop can see them, and wakes the loop when they start a batch or fill one.
    // The loop sleeps only with nothing queued or being written, so exactly one reservation finds the queue empty and wakes it.
    private void Accepted(int rows, long before)
    {
        Interlocked.Add(ref _acceptedRows, rows);
        if (before == 0 || (before + rows >= BatchRows && before < BatchRows))
        {
            Volatile.Read(ref _wake).TrySetResult();
        }
    }

    // Rows accepted or being accepted that the loop has not taken yet.
    private long Pending => Volatile.Read(ref _queuedRows) - Volatile.Read(ref _takenRows);

    /// <summary>Completes once every row queued before the call has been written (or has failed), writing without lingering.</summary>
    public Task FlushAsync(CancellationToken ct)
    {
        var done = _flushes.Add(Volatile.Read(ref _acceptedRows), () => Processed);
        Volatile.Read(ref _wake).TrySetResult();
        return done.WaitAsync(ct);
    }

    /// <summary>Adds the log's figures (written, dropped, failed, queued) to a metric registry.</summary>
    public void RegisterMetrics(MetricRegistry registry)
    {
        string[] none = [];
        registry.Callback("prediction_log_written_total", "Predictions written to the prediction log.", "counter", none, () => [(none, WrittenRows)]);
        registry.Callback("prediction_log_dropped_total", "Predictions not logged because the log's queue was full.", "counter", none, () => [(none, DroppedRows)]);
        registry.Callback("prediction_log_failed_total", "Predictions lost because the store refused their batch.", "counter", none, () => [(none, FailedRows)]);
        registry.Callback("prediction_log_queue_rows", "Predictions waiting to be written to the prediction log.", "gauge", none, () => [(none, QueuedRows)]);
        registry.Callback("prediction_log_queue_capacity_rows", "Predictions the log's queue holds before it drops.", "gauge", none, () => [(none, _capacityRows)]);
    }

    /// <summary>Stops accepting entries, writes what is queued and stops the loop.</summary>
    public async ValueTask DisposeAsync()
    {
        _closed = true;
        Volatile.Read(ref _wake).TrySetResult();
        await _loop.ConfigureAwait(false);
        _rows.Dispose();
    }

    private long Processed => Volatile.Read(ref _writtenRows) + Volatile.Read(ref _failedRows);

    // Two batches take turns: one is formatted while the store writes the other, so the loop rarely waits on a write (and never
    // spins on one), and a batch is reused only once its write has finished.
    private void Run()
    {
        PredictionBatch[] batches = [new(), new()];
        var builders = Array.ConvertAll(batches, batch => new PredictionBatchBuilder(batch));
        InFlight? writing = null;
        var turn = 0;
        try
        {
            while (!_closed || Pending > 0)
            {
                Gather(ref writing);
                var (batch, builder) = (batches[turn], builders[turn]);
                long rows = 0;
                while (rows < BatchRows && _queue.TryDequeue(out var entry))
                {
                    rows += entry.RowCount;
                    Format(builder, batch, entry);
                    entry.Inputs.Release();
                }
                rows += _rows.MoveTo(batch);
                Interlocked.Add(ref _takenRows, rows);
                Finish(ref writing);
                writing = new InFlight(batch, rows, batch.Count == 0 ? Task.CompletedTask : Write(batch));
                turn ^= 1;
            }
            Finish(ref writing);
        }
        finally
        {
            foreach (var builder in builders)
            {
                builder.Dispose();
            }
        }
    }

    // Waits for the first entry, then gathers more for up to the linger unless a batch fills, a flush is asked or the log closes.
    private void Gather(ref InFlight? writing)
    {
        var wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _wake, wake);
        if (Pending == 0 && !_closed)
        {
            // Nothing to format meanwhile: the write in flight finishes first, so the counts and flushes are current. Then the loop sleeps
            // only with nothing queued at all, which is what lets the next reservation, finding the queue empty, know to wake it.
            Finish(ref writing);
        }
        if (Volatile.Read(ref _queuedRows) == 0 && !_closed)
        {
            wake.Task.Wait();
            wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _wake, wake);
        }
        if (Pending >= BatchRows || _flushes.Pending || _closed)
        {
            return;
        }
        using var stop = new CancellationTokenSource();
        var linger = Task.Delay(Linger, _clock, stop.Token);
        Task.WaitAny(linger, wake.Task);
        stop.Cancel();
    }

    private void Format(PredictionBatchBuilder builder, PredictionBatch batch, PredictionLogEntry entry)
    {
        var before = batch.Count;
        try
        {
            builder.Add(entry);
        }
#pragma warning disable CA1031 // An entry that cannot be formatted is lost alone; the loop goes on.
        catch (Exception error)
#pragma warning restore CA1031
        {
            // Rows added before the failure stay in the batch and are written; the rest are lost and counted.
            Interlocked.Add(ref _failedRows, entry.RowCount - (batch.Count - before));
            builder.Reset();
            LastError = error.Message;
        }
    }

    private Task Write(PredictionBatch batch)
    {
        try
        {
            return _store.AppendAsync(batch, CancellationToken.None);
        }
#pragma warning disable CA1031 // A store failure must cost only this batch, never the loop (and never a request).
        catch (Exception error)
#pragma warning restore CA1031
        {
            return Task.FromException(error);
        }
    }

    // Waits for the batch being written (if any), counts it, and releases the flushes it satisfies.
    private void Finish(ref InFlight? writing)
    {
        if (writing is not { } done)
        {
            return;
        }
        writing = null;
        try
        {
            done.Write.GetAwaiter().GetResult();
            Interlocked.Add(ref _writtenRows, done.Batch.Count);
        }
#pragma warning disable CA1031 // A store failure must cost only this batch, never the loop (and never a request).
        catch (Exception error)
#pragma warning restore CA1031
        {
            Interlocked.Add(ref _failedRows, done.Batch.Count);
            LastError = error.Message;
        }
        Interlocked.Add(ref _takenRows, -done.Rows);
        Interlocked.Add(ref _queuedRows, -done.Rows);
        done.Batch.Clear();
        _flushes.Release(() => Processed);
    }

    private sealed record InFlight(PredictionBatch Batch, long Rows, Task Write);
}

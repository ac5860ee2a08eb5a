using System.Threading.Channels;
using Osprey.Core.Serving.Metrics;

namespace Osprey.Core.Serving.Predictions;

/// <summary>
/// The asynchronous prediction log: the request path hands entries to a bounded in-memory queue and never waits; one background
/// loop writes them to the store in batches. When the queue holds its capacity of rows, new entries are dropped and counted.
/// </summary>
public sealed class PredictionLogWriter : IAsyncDisposable
{
    private const int BatchRows = 1024;
    private readonly IPredictionLogStore _store;
    private readonly int _capacityRows;
    private readonly Channel<PredictionLogEntry> _queue = Channel.CreateUnbounded<PredictionLogEntry>(
        new UnboundedChannelOptions { SingleReader = true, AllowSynchronousContinuations = false });
    private readonly List<(long Target, TaskCompletionSource Done)> _flushes = [];
    private readonly Lock _flushGate = new();
    private readonly Task _loop;
    private long _queuedRows, _acceptedRows, _processedRows, _droppedRows, _writtenRows, _failedRows;

    /// <summary>Starts the background loop over a store with a queue of at most <paramref name="capacityRows"/> rows.</summary>
    public PredictionLogWriter(IPredictionLogStore store, int capacityRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacityRows, 1);
        _store = store;
        _capacityRows = capacityRows;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Gets the rows dropped because the queue was full.</summary>
    public long DroppedRows => Volatile.Read(ref _droppedRows);

    /// <summary>Gets the rows written to the store.</summary>
    public long WrittenRows => Volatile.Read(ref _writtenRows);

    /// <summary>Gets the rows lost because the store refused a batch.</summary>
    public long FailedRows => Volatile.Read(ref _failedRows);

    /// <summary>Gets the rows waiting in the queue.</summary>
    public long QueuedRows => Volatile.Read(ref _queuedRows);

    /// <summary>Gets the most recent store failure, or null.</summary>
    public string? LastError { get; private set; }

    /// <summary>Queues an entry without waiting; returns false (and counts its rows as dropped) when the queue is full or closed.</summary>
    public bool TryAppend(PredictionLogEntry entry)
    {
        var rows = entry.RowCount;
        if (Interlocked.Add(ref _queuedRows, rows) > _capacityRows || !_queue.Writer.TryWrite(entry))
        {
            Interlocked.Add(ref _queuedRows, -rows);
            Interlocked.Add(ref _droppedRows, rows);
            return false;
        }
        Interlocked.Add(ref _acceptedRows, rows);
        return true;
    }

    /// <summary>Completes once every row queued before the call has been written (or has failed).</summary>
    public Task FlushAsync(CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_flushGate)
        {
            var target = Volatile.Read(ref _acceptedRows);
            if (Volatile.Read(ref _processedRows) >= target)
            {
                return Task.CompletedTask;
            }
            _flushes.Add((target, done));
        }
        return done.Task.WaitAsync(ct);
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
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var records = new List<PredictionRecord>(BatchRows);
        using var converter = new PredictionRecords();
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            long rows = 0;
            while (records.Count < BatchRows && reader.TryRead(out var entry))
            {
                rows += entry.RowCount;
                Convert(converter, records, entry);
            }
            await WriteAsync(records).ConfigureAwait(false);
            Interlocked.Add(ref _queuedRows, -rows);
            Interlocked.Add(ref _processedRows, rows);
            records.Clear();
            ReleaseFlushes();
        }
    }

    private void Convert(PredictionRecords converter, List<PredictionRecord> records, PredictionLogEntry entry)
    {
        var before = records.Count;
        try
        {
            converter.AddTo(records, entry);
        }
#pragma warning disable CA1031 // An entry that cannot be formatted is lost alone; the loop goes on.
        catch (Exception error)
#pragma warning restore CA1031
        {
            records.RemoveRange(before, records.Count - before);
            Interlocked.Add(ref _failedRows, entry.RowCount);
            LastError = error.Message;
        }
    }

    private async Task WriteAsync(List<PredictionRecord> records)
    {
        if (records.Count == 0)
        {
            return;
        }
        try
        {
            await _store.AppendAsync(records, CancellationToken.None).ConfigureAwait(false);
            Interlocked.Add(ref _writtenRows, records.Count);
        }
#pragma warning disable CA1031 // A store failure must cost only this batch, never the loop (and never a request).
        catch (Exception error)
#pragma warning restore CA1031
        {
            Interlocked.Add(ref _failedRows, records.Count);
            LastError = error.Message;
        }
    }

    private void ReleaseFlushes()
    {
        lock (_flushGate)
        {
            var processed = Volatile.Read(ref _processedRows);
            for (var i = _flushes.Count - 1; i >= 0; i--)
            {
                if (_flushes[i].Target <= processed)
                {
                    _flushes[i].Done.TrySetResult();
                    _flushes.RemoveAt(i);
                }
            }
        }
    }
}

using System.Threading.Channels;
using Osprey.Core.Monitoring.Series;
using Osprey.Core.Pipelines.Execution;

namespace Osprey.Core.Pipelines.Series;

/// <summary>Records what runs do into the workspace's series (see <see cref="PipelineSeriesNames"/>) without ever holding up or failing the
/// engine: steps are turned into samples on the stepping thread, queued, and appended in batches by one background writer; a store error is
/// reported to the log and that batch is dropped, and samples beyond the queue's capacity are dropped too.</summary>
public sealed class PipelineSeriesRecorder : IRunObserver, IAsyncDisposable
{
    private const int MaxBatch = 500;

    private readonly ISeriesStore _store;
    private readonly IPipelineRuntimeLog? _log;
    private readonly Channel<SeriesPoint> _queue;
    private readonly Task _writer;
    private long _dropped;

    /// <summary>Starts the background writer over <paramref name="store"/>.</summary>
    public PipelineSeriesRecorder(ISeriesStore store, IPipelineRuntimeLog? log = null, int capacity = 10_000)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _store = store;
        _log = log;
        _queue = Channel.CreateBounded<SeriesPoint>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true, SingleWriter = false,
        }, _ => Interlocked.Increment(ref _dropped));
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Gets how many samples were dropped so far, because the queue was full or the store refused them.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Starts recording the steps of <paramref name="stepper"/> until the returned handle is disposed.</summary>
    public IDisposable Observe(RunStepper stepper) => stepper.Observe(this);

    /// <inheritdoc/>
    public void OnStepped(RunStepped stepped)
    {
        foreach (var point in PipelineSeriesPoints.Of(stepped))
        {
            if (!_queue.Writer.TryWrite(point))
            {
                // Completed (the recorder is shutting down): nothing will write it any more.
                Interlocked.Increment(ref _dropped);
            }
        }
    }

    /// <summary>Stops accepting samples and completes once the ones queued so far were written (or dropped); safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteAsync()
    {
        var reader = _queue.Reader;
        var batch = new List<SeriesPoint>(MaxBatch);
        while (await reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var point))
            {
                batch.Add(point);
            }
            try
            {
                await _store.AppendAsync(batch, CancellationToken.None);
            }
#pragma warning disable CA1031 // Recording is a side channel: whatever the store throws, the engine must go on and later batches still be tried.
            catch (Exception e)
#pragma warning restore CA1031
            {
                Interlocked.Add(ref _dropped, batch.Count);
                _log?.Failed($"recording {batch.Count} pipeline series samples (dropped)", e);
            }
            batch = new List<SeriesPoint>(MaxBatch);
        }
    }
}

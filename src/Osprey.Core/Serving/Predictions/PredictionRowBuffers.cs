using Osprey.Core.Serving.Routing;

namespace Osprey.Core.Serving.Predictions;

/// <summary>
/// Buffers of one thread each where single-row predictions are formatted on the thread that answered them, while the row is still in
/// that core's cache, and from where the log's loop moves them into its batch.
/// </summary>
/// <remarks>
/// Handing each prediction across to the loop as an object to format later costs more than formatting it at once: an allocation, a
/// pooled copy of the row, two shared queues, and a loop reading a row another core wrote long enough ago to have left the cache.
/// Here a request takes only its own buffer's lock, which no other request contends for; the loop takes it briefly per buffer to swap
/// the buffer's batch for an empty one.
/// </remarks>
internal sealed class PredictionRowBuffers : IDisposable
{
    private readonly ThreadLocal<Slot> _slots = new(() => new Slot(new Chunk()), trackAllValues: true);

    // Empty chunks to swap in; used by the loop's thread only.
    private readonly Stack<Chunk> _spares = new();

    /// <summary>Formats one row into the calling thread's buffer; returns the exception when it could not be formatted (nothing of it is kept).</summary>
    public Exception? Add(string? givenId, ulong generatedId, long timestamp, ServedVersion version, VersionRole role, ReadOnlySpan<byte> inputs,
        ReadOnlySpan<double> outputs, double latencyMs)
    {
        Slot slot;
        try
        {
            slot = _slots.Value!;
        }
        catch (ObjectDisposedException closed)
        {
            // A request that got past the closing log's check: its row is counted as lost.
            return closed;
        }
        lock (slot.Gate)
        {
            var chunk = slot.Chunk;
            try
            {
                chunk.Builder.AddRow(givenId, generatedId, timestamp, version, role, inputs, outputs, latencyMs);
                return null;
            }
#pragma warning disable CA1031 // A row that cannot be formatted is lost alone and counted by the caller; the request goes on.
            catch (Exception error)
#pragma warning restore CA1031
            {
                // The row is added last, so a failure leaves only unreferenced text behind.
                chunk.Builder.Reset();
                return error;
            }
        }
    }

    /// <summary>Moves every buffered row into <paramref name="batch"/> and returns how many moved; called by the log's loop only.</summary>
    public int MoveTo(PredictionBatch batch)
    {
        var moved = 0;
        foreach (var slot in _slots.Values)
        {
            var spare = _spares.Count > 0 ? _spares.Pop() : new Chunk();
            Chunk taken;
            lock (slot.Gate)
            {
                if (slot.Chunk.Batch.Count == 0)
                {
                    _spares.Push(spare);
                    continue;
                }
                (taken, slot.Chunk) = (slot.Chunk, spare);
            }
            batch.AddAll(taken.Batch);
            moved += taken.Batch.Count;
            taken.Batch.Clear();
            _spares.Push(taken);
        }
        return moved;
    }

    public void Dispose()
    {
        foreach (var slot in _slots.Values)
        {
            slot.Chunk.Builder.Dispose();
        }
        foreach (var spare in _spares)
        {
            spare.Builder.Dispose();
        }
        _slots.Dispose();
    }

    private sealed class Chunk
    {
        public Chunk()
        {
            Batch = new PredictionBatch();
            Builder = new PredictionBatchBuilder(Batch);
        }

        public PredictionBatch Batch { get; }

        public PredictionBatchBuilder Builder { get; }
    }

    private sealed class Slot(Chunk chunk)
    {
        public Lock Gate { get; } = new();

        public Chunk Chunk { get; set; } = chunk;
    }
}

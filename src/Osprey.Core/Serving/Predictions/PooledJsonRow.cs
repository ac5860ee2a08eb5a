using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace Osprey.Core.Serving.Predictions;

/// <summary>One request row's JSON text copied into a pooled buffer, so logging a single prediction allocates no copy of its features.</summary>
public sealed class PooledJsonRow : PredictionInputs
{
    // The log's own pool: buffers are rented on request threads and returned in thousands by the writer thread, a pattern
    // under which the shared array pool's per-thread caches overflow and drop them.
    private const int BufferBytes = 1024;
    private const int PooledBuffers = 8192;
    private static readonly ConcurrentQueue<byte[]> Pool = new();

    private readonly IReadOnlyList<string> _names;
    private byte[]? _buffer;
    private readonly int _length;

    /// <summary>Copies <paramref name="json"/> (an object by name, or an array in the order of <paramref name="names"/>) into a pooled buffer.</summary>
    public PooledJsonRow(in ReadOnlySequence<byte> json, IReadOnlyList<string> names)
    {
        _names = names;
        _length = checked((int)json.Length);
        _buffer = _length <= BufferBytes && Pool.TryDequeue(out var pooled) ? pooled : new byte[Math.Max(_length, BufferBytes)];
        json.CopyTo(_buffer);
    }

    /// <inheritdoc/>
    public override int RowCount => 1;

    /// <inheritdoc/>
    public override void WriteRow(int row, Utf8JsonWriter output)
    {
        var buffer = _buffer ?? throw new ObjectDisposedException(nameof(PooledJsonRow), "The row was released by the prediction log.");
        JsonRowInputs.Write(buffer.AsSpan(0, _length), _names, output);
    }

    /// <inheritdoc/>
    public override void Release()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { Length: BufferBytes } buffer && Pool.Count < PooledBuffers)
        {
            Pool.Enqueue(buffer);
        }
    }
}

using System.Collections;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Enumerates chunks whose arrays a reader rents into a two-slot set and gives them back to the pool when the enumerator is disposed, not
/// when it runs out: a consumer reading one chunk ahead asks for the end while it is still profiling the last chunk.
/// </summary>
internal sealed class PooledChunks(Func<DataChunk?[], IEnumerable<DataChunk>> produce) : IEnumerable<DataChunk>
{
    /// <inheritdoc/>
    public IEnumerator<DataChunk> GetEnumerator() => new Enumerator(produce);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Enumerator : IEnumerator<DataChunk>
    {
        private readonly DataChunk?[] _sets = new DataChunk?[2];
        private readonly IEnumerator<DataChunk> _chunks;

        public Enumerator(Func<DataChunk?[], IEnumerable<DataChunk>> produce) => _chunks = produce(_sets).GetEnumerator();

        public DataChunk Current => _chunks.Current;

        object IEnumerator.Current => Current;

        public bool MoveNext() => _chunks.MoveNext();

        public void Reset() => throw new NotSupportedException("CSV chunks are read once; call Read again.");

        public void Dispose()
        {
            _chunks.Dispose();
            ChunkArrays.Return(_sets[0]);
            ChunkArrays.Return(_sets[1]);
            (_sets[0], _sets[1]) = (null, null);
        }
    }
}

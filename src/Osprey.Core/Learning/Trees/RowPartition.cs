using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>
/// The rows of the tree being grown, physically grouped by node. A row's record (id, bins, float (g, h) pair) lives at a
/// position of one of three buffers: <see cref="Source"/> (the data set in its own order) or one of two work buffers.
/// A node owns a range of positions in one buffer; splitting it scatters its records into the same range of the other
/// work buffer, left child first, so no record is ever copied back and each node's histogram reads memory sequentially.
/// </summary>
internal sealed class RowPartition
{
    public const int Source = 2;

    private const int MinRowsPerChunk = 32768;
    private readonly BinnedMatrix _data;
    private readonly ParallelOptions _parallel;
    private readonly int _threads;
    private readonly int[][] _rows;
    private readonly byte[][] _bins;
    private readonly float[][] _gradients;

    public RowPartition(BinnedMatrix data, ParallelOptions parallel, int threads)
    {
        _data = data;
        _parallel = parallel;
        _threads = Math.Max(1, threads);
        Stride = data.Stride;
        var n = data.RowCount;
        _rows = [new int[n], new int[n], Enumerable.Range(0, n).ToArray()];
        _bins = [new byte[data.Bins.Length], new byte[data.Bins.Length], data.Bins];
        _gradients = [new float[2 * n], new float[2 * n], new float[2 * n]];
    }

    /// <summary>Gets the bytes per record in the bin buffers.</summary>
    public int Stride { get; }

    public int[] Rows(int buffer) => _rows[buffer];

    public byte[] Bins(int buffer) => _bins[buffer];

    public float[] Gradients(int buffer) => _gradients[buffer];

    /// <summary>Returns the work buffer a node's children go to.</summary>
    public static int Other(int buffer) => buffer == 0 ? 1 : 0;

    /// <summary>Loads this tree's gradients and rows: all rows stay in <see cref="Source"/>; a sample is gathered into buffer 0. Returns the buffer and row count.</summary>
    public (int Buffer, int Count) Reset(int[]? sample, int sampleCount, double[] gradients)
    {
        var source = _gradients[Source];
        Parallel.For(0, Chunks(_data.RowCount), _parallel, chunk =>
        {
            var (from, to) = ChunkRange(0, _data.RowCount, Chunks(_data.RowCount), chunk);
            for (var i = 2 * from; i < 2 * to; i++)
            {
                source[i] = (float)gradients[i];
            }
        });
        if (sample is null)
        {
            return (Source, _data.RowCount);
        }
        Parallel.For(0, Chunks(sampleCount), _parallel, chunk =>
        {
            var (from, to) = ChunkRange(0, sampleCount, Chunks(sampleCount), chunk);
            var move = new Move(this, Source, 0);
            for (var i = from; i < to; i++)
            {
                move.Record(sample[i], i, Stride);
            }
        });
        return (0, sampleCount);
    }

    /// <summary>
    /// Scatters positions [begin, end) of <paramref name="from"/> into the same range of the other work buffer: rows whose bin of
    /// <paramref name="feature"/> is marked in <paramref name="goesLeft"/> first. With <paramref name="rowsOnly"/> (children that will
    /// never be split) only the row ids move. Returns how many went left.
    /// </summary>
    public int Split(int from, int begin, int end, int feature, byte[] goesLeft, bool mayUseThreads, bool rowsOnly)
    {
        var to = Other(from);
        var chunks = mayUseThreads ? Chunks(end - begin) : 1;
        if (chunks == 1)
        {
            return Scatter(new Move(this, from, to, rowsOnly), begin, end, feature, goesLeft, begin, end - 1, -1) - begin;
        }
        var lefts = new int[chunks];
        Parallel.For(0, chunks, _parallel, chunk =>
        {
            var (start, stop) = ChunkRange(begin, end, chunks, chunk);
            lefts[chunk] = CountLeft(from, start, stop, feature, goesLeft);
        });
        var leftTotal = lefts.Sum();
        var leftStarts = new int[chunks];
        var rightStarts = new int[chunks];
        for (int chunk = 0, left = begin, right = begin + leftTotal; chunk < chunks; chunk++)
        {
            var (start, stop) = ChunkRange(begin, end, chunks, chunk);
            (leftStarts[chunk], rightStarts[chunk]) = (left, right);
            left += lefts[chunk];
            right += stop - start - lefts[chunk];
        }
        Parallel.For(0, chunks, _parallel, chunk =>
        {
            var (start, stop) = ChunkRange(begin, end, chunks, chunk);
            Scatter(new Move(this, from, to, rowsOnly), start, stop, feature, goesLeft, leftStarts[chunk], rightStarts[chunk], 1);
        });
        return leftTotal;
    }

    private int Chunks(int count) => Math.Clamp(count / MinRowsPerChunk, 1, _threads);

    private static (int From, int To) ChunkRange(int begin, int end, int chunks, int chunk) =>
        (begin + (int)((long)(end - begin) * chunk / chunks), begin + (int)((long)(end - begin) * (chunk + 1) / chunks));

    private int CountLeft(int buffer, int from, int to, int feature, byte[] goesLeft)
    {
        var bins = _bins[buffer];
        var count = 0;
        for (var i = from; i < to; i++)
        {
            count += goesLeft[bins[(long)i * Stride + feature]];
        }
        return count;
    }

    /// <summary>
    /// Moves positions [start, stop) to targets counting up from <paramref name="left"/> or, by <paramref name="rightStep"/>, from
    /// <paramref name="right"/>; returns the final left cursor. A single pass fills rights from the end backwards (their order
    /// reverses, which is harmless and repeatable).
    /// </summary>
    private int Scatter(Move move, int start, int stop, int feature, byte[] goesLeft, int left, int right, int rightStep)
    {
        ref var table = ref MemoryMarshal.GetArrayDataReference(goesLeft);
        for (var i = start; i < stop; i++)
        {
            int goLeft = Unsafe.Add(ref table, Unsafe.Add(ref move.FromBins, (nint)i * Stride + feature));
            // An arithmetic select instead of a branch: which side a row goes is unpredictable.
            var target = right + ((left - right) & -goLeft);
            move.Record(i, target, Stride);
            left += goLeft;
            right += rightStep * (1 - goLeft);
        }
        return left;
    }

    /// <summary>References to one source and one target buffer, taken once per pass rather than once per row.</summary>
    private readonly ref struct Move(RowPartition partition, int from, int to, bool rowsOnly = false)
    {
        private readonly ref int _fromRows = ref MemoryMarshal.GetArrayDataReference(partition._rows[from]);
        private readonly ref int _toRows = ref MemoryMarshal.GetArrayDataReference(partition._rows[to]);
        private readonly ref byte _toBins = ref MemoryMarshal.GetArrayDataReference(partition._bins[to]);
        private readonly ref ulong _fromPairs = ref Unsafe.As<float, ulong>(ref MemoryMarshal.GetArrayDataReference(partition._gradients[from]));
        private readonly ref ulong _toPairs = ref Unsafe.As<float, ulong>(ref MemoryMarshal.GetArrayDataReference(partition._gradients[to]));

        public readonly ref byte FromBins = ref MemoryMarshal.GetArrayDataReference(partition._bins[from]);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Record(int source, int target, int stride)
        {
            Unsafe.Add(ref _toRows, target) = Unsafe.Add(ref _fromRows, source);
            if (rowsOnly)
            {
                return;
            }
            ref var fromBins = ref Unsafe.Add(ref FromBins, (nint)source * stride);
            ref var toBins = ref Unsafe.Add(ref _toBins, (nint)target * stride);
            for (var offset = 0; offset < stride; offset += 8)
            {
                Unsafe.WriteUnaligned(ref Unsafe.Add(ref toBins, offset), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref fromBins, offset)));
            }
            Unsafe.Add(ref _toPairs, target) = Unsafe.Add(ref _fromPairs, source);
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Osprey.Core.Learning.Trees;

/// <summary>The rows of a tree being grown, kept so each node's rows are one contiguous range in ascending row order.</summary>
internal sealed class RowPartition
{
    private const int MinRowsPerChunk = 32768;

    private readonly BinnedMatrix _data;
    private readonly ParallelOptions _parallel;
    private readonly int _threads;
    private readonly int[] _scratch;

    public RowPartition(BinnedMatrix data, ParallelOptions parallel, int threads)
    {
        _data = data;
        _parallel = parallel;
        _threads = Math.Max(1, threads);
        Rows = new int[data.RowCount];
        _scratch = new int[data.RowCount];
    }

    /// <summary>Gets the row indices; a node owns the range [begin, end) of it.</summary>
    public int[] Rows { get; }

    /// <summary>Starts a tree with the given rows (ascending), or all rows when <paramref name="sample"/> is null; returns the row count.</summary>
    public int Reset(int[]? sample, int sampleCount)
    {
        if (sample is null)
        {
            for (var i = 0; i < Rows.Length; i++)
            {
                Rows[i] = i;
            }
            return Rows.Length;
        }
        Array.Copy(sample, Rows, sampleCount);
        return sampleCount;
    }

    /// <summary>Reorders rows[begin..end) so rows whose bin of <paramref name="feature"/> is marked in <paramref name="goesLeft"/> come first, both sides keeping their order; returns how many went left.</summary>
    public int Split(int begin, int end, int feature, byte[] goesLeft)
    {
        var count = end - begin;
        var chunks = Math.Clamp(count / MinRowsPerChunk, 1, _threads);
        if (chunks == 1)
        {
            return SplitRange(begin, end, feature, goesLeft) - begin;
        }
        var leftEnds = new int[chunks];
        Parallel.For(0, chunks, _parallel, chunk =>
        {
            leftEnds[chunk] = SplitRange(ChunkStart(begin, count, chunks, chunk), ChunkStart(begin, count, chunks, chunk + 1), feature, goesLeft);
        });
        var leftTotal = 0;
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            leftTotal += leftEnds[chunk] - ChunkStart(begin, count, chunks, chunk);
        }
        // Each chunk is now [its lefts | its rights]; gather all lefts, then all rights, through the scratch buffer.
        int leftWrite = begin, rightWrite = begin + leftTotal;
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var start = ChunkStart(begin, count, chunks, chunk);
            var stop = ChunkStart(begin, count, chunks, chunk + 1);
            Array.Copy(Rows, start, _scratch, leftWrite, leftEnds[chunk] - start);
            leftWrite += leftEnds[chunk] - start;
            Array.Copy(Rows, leftEnds[chunk], _scratch, rightWrite, stop - leftEnds[chunk]);
            rightWrite += stop - leftEnds[chunk];
        }
        Array.Copy(_scratch, begin, Rows, begin, count);
        return leftTotal;
    }

    private static int ChunkStart(int begin, int count, int chunks, int chunk) => begin + (int)((long)count * chunk / chunks);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int SplitRange(int begin, int end, int feature, byte[] goesLeft)
    {
        ref var bins = ref MemoryMarshal.GetArrayDataReference(_data.Columns[feature]);
        ref var table = ref MemoryMarshal.GetArrayDataReference(goesLeft);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(Rows);
        ref var scratch = ref MemoryMarshal.GetArrayDataReference(_scratch);
        var left = begin;
        var right = begin;
        for (var i = begin; i < end; i++)
        {
            var row = Unsafe.Add(ref rows, i);
            int toLeft = Unsafe.Add(ref table, Unsafe.Add(ref bins, row));
            // Writing to both sides and advancing one avoids a branch the processor cannot predict.
            Unsafe.Add(ref rows, left) = row;
            Unsafe.Add(ref scratch, right) = row;
            left += toLeft;
            right += 1 - toLeft;
        }
        Array.Copy(_scratch, begin, Rows, left, right - begin);
        return left;
    }
}

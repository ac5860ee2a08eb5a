using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Osprey.Core.Learning.Trees;

/// <summary>Builds gradient/hessian histograms (interleaved g,h per bin slot, in doubles) over a node's positions in one buffer of a <see cref="RowPartition"/>.</summary>
internal sealed class HistogramBuilder
{
    // Below this many rows per thread, starting threads costs more than it saves.
    private const int MinRowsPerThread = 16384;

    private readonly RowPartition _partition;
    private readonly ParallelOptions _parallel;
    private readonly int _threads;
    private readonly double[][] _scratch;

    // Each feature's first histogram index (2 doubles per bin), as native integers so the hot loop needs no sign extension.
    private readonly nuint[] _slotOffsets;

    public HistogramBuilder(RowPartition partition, BinLayout layout, ParallelOptions parallel, int threads)
    {
        _partition = partition;
        _parallel = parallel;
        _threads = Math.Max(1, threads);
        HistogramLength = 2 * layout.TotalBins;
        FeatureCount = layout.FeatureCount;
        _slotOffsets = layout.Offsets.Select(o => (nuint)(2 * o)).ToArray();
        _scratch = new double[_threads][];
        for (var t = 1; t < _threads; t++)
        {
            _scratch[t] = new double[HistogramLength];
        }
    }

    public int HistogramLength { get; }

    private int FeatureCount { get; }

    /// <summary>Returns whether a node of this many rows is worth building with several threads.</summary>
    public bool IsLarge(int rows) => _threads > 1 && rows >= 2 * MinRowsPerThread;

    /// <summary>Fills <paramref name="histogram"/> with the sums of (g, h) per bin over positions [begin, end); large nodes use several threads, summed in a fixed order.</summary>
    public void Build(int buffer, int begin, int end, double[] histogram)
    {
        var count = end - begin;
        var chunks = IsLarge(count) ? Math.Clamp(count / MinRowsPerThread, 1, _threads) : 1;
        if (chunks == 1)
        {
            Array.Clear(histogram);
            Accumulate(buffer, begin, end, histogram);
            return;
        }
        Parallel.For(0, chunks, _parallel, chunk =>
        {
            var target = chunk == 0 ? histogram : _scratch[chunk];
            Array.Clear(target);
            var from = begin + (int)((long)count * chunk / chunks);
            var to = begin + (int)((long)count * (chunk + 1) / chunks);
            Accumulate(buffer, from, to, target);
        });
        for (var chunk = 1; chunk < chunks; chunk++)
        {
            Add(histogram, _scratch[chunk]);
        }
    }

    /// <summary>Turns a parent's histogram into its other child's by subtracting one child's histogram.</summary>
    public static void Subtract(double[] parent, double[] child)
    {
        var length = parent.Length;
        ref var p = ref MemoryMarshal.GetArrayDataReference(parent);
        ref var c = ref MemoryMarshal.GetArrayDataReference(child);
        var i = 0;
        for (; i + 4 <= length; i += 4)
        {
            (Vector256.LoadUnsafe(ref p, (nuint)i) - Vector256.LoadUnsafe(ref c, (nuint)i)).StoreUnsafe(ref p, (nuint)i);
        }
        for (; i < length; i++)
        {
            Unsafe.Add(ref p, i) -= Unsafe.Add(ref c, i);
        }
    }

    private static void Add(double[] target, double[] source)
    {
        ref var t = ref MemoryMarshal.GetArrayDataReference(target);
        ref var s = ref MemoryMarshal.GetArrayDataReference(source);
        var i = 0;
        for (; i + 4 <= target.Length; i += 4)
        {
            (Vector256.LoadUnsafe(ref t, (nuint)i) + Vector256.LoadUnsafe(ref s, (nuint)i)).StoreUnsafe(ref t, (nuint)i);
        }
        for (; i < target.Length; i++)
        {
            Unsafe.Add(ref t, i) += Unsafe.Add(ref s, i);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Accumulate(int buffer, int begin, int end, double[] histogram)
    {
        var features = (nint)FeatureCount;
        var stride = (nint)_partition.Stride;
        ref var bins = ref MemoryMarshal.GetArrayDataReference(_partition.Bins(buffer));
        ref var gh = ref Unsafe.As<float, double>(ref MemoryMarshal.GetArrayDataReference(_partition.Gradients(buffer)));
        ref var hist = ref MemoryMarshal.GetArrayDataReference(histogram);
        ref var offsets = ref MemoryMarshal.GetArrayDataReference(_slotOffsets);
        nint i = begin;
        // Two rows at a time give the processor two independent chains of histogram updates to overlap.
        for (; i + 1 < end; i += 2)
        {
            var firstPair = Pair(ref gh, i);
            var secondPair = Pair(ref gh, i + 1);
            ref var firstBins = ref Unsafe.Add(ref bins, i * stride);
            ref var secondBins = ref Unsafe.Add(ref firstBins, stride);
            for (nint f = 0; f < features; f++)
            {
                var offset = Unsafe.Add(ref offsets, f);
                AddPair(ref hist, offset + ((nuint)Unsafe.Add(ref firstBins, f) << 1), firstPair);
                AddPair(ref hist, offset + ((nuint)Unsafe.Add(ref secondBins, f) << 1), secondPair);
            }
        }
        for (; i < end; i++)
        {
            var pair = Pair(ref gh, i);
            ref var rowBins = ref Unsafe.Add(ref bins, i * stride);
            for (nint f = 0; f < features; f++)
            {
                AddPair(ref hist, Unsafe.Add(ref offsets, f) + ((nuint)Unsafe.Add(ref rowBins, f) << 1), pair);
            }
        }
    }

    /// <summary>Reads position i's float (g, h) pair (8 bytes) and widens it to two doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<double> Pair(ref double pairs, nint i) =>
        Vector128.WidenLower(Vector128.CreateScalarUnsafe(Unsafe.Add(ref pairs, i)).AsSingle());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddPair(ref double histogram, nuint index, Vector128<double> pair)
    {
        ref var cell = ref Unsafe.Add(ref histogram, index);
        (Vector128.LoadUnsafe(ref cell) + pair).StoreUnsafe(ref cell);
    }
}

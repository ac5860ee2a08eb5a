using System.Buffers;
using System.Runtime.CompilerServices;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Accumulates a numerical column chunk by chunk in bounded memory: exact moments, min and max, and the sorted distinct values with counts.
/// The value list is exact while the column has at most <see cref="MaxDistinct"/> distinct values; beyond that it is compressed into
/// centroids of at least ⌊count/<see cref="MaxDistinct"/>⌋ rows (about <see cref="MaxDistinct"/> of them once the column is many times
/// larger, up to twice that just past the limit; min and max kept exact). One compression moves the ECDF by at
/// most one centroid's weight at any point, but every chunk merged after that compresses again and those shifts can add up: measured
/// against the exact ECDF of a million values in 65,536-row chunks, the error is 1.8/<see cref="MaxDistinct"/> for shuffled data,
/// 1.2–1.3/<see cref="MaxDistinct"/> for sorted data and 3.5/<see cref="MaxDistinct"/> when the distribution moves mid-stream.
/// </summary>
public sealed class NumericSketch
{
    /// <summary>The most distinct values kept exactly.</summary>
    public const int MaxDistinct = 20_000;

    // The live list is _values[.._length]; merges happen in pooled buffers.
    private double[] _values = [];
    private long[] _counts = [];
    private int _length;
    private double _mean;
    private double _m2;

    /// <summary>Gets the number of non-missing values seen.</summary>
    public long Count { get; private set; }

    /// <summary>Gets the number of missing (NaN or infinite) values seen.</summary>
    public long Missing { get; private set; }

    /// <summary>Gets whether the value list is still exact.</summary>
    public bool Exact { get; private set; } = true;

    /// <summary>Gets the smallest value seen (NaN before any).</summary>
    public double Min { get; private set; } = double.NaN;

    /// <summary>Gets the largest value seen (NaN before any).</summary>
    public double Max { get; private set; } = double.NaN;

    /// <summary>Gets the population standard deviation (NumPy's <c>std</c>, ddof 0) of the values seen.</summary>
    public double StandardDeviation => Count == 0 ? double.NaN : Math.Sqrt(_m2 / Count);

    /// <summary>Adds a chunk of values; NaN and infinities count as missing (as Evidently drops them). The span is reordered (sorted) in place.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(Span<double> chunk)
    {
        var (kept, sorted) = KeepFinite(chunk);
        Missing += chunk.Length - kept;
        if (kept == 0)
        {
            return;
        }
        var values = chunk[..kept];
        if (!sorted)
        {
            var scratch = ArrayPool<ulong>.Shared.Rent(kept);
            RadixSort.Sort(values, scratch);
            ArrayPool<ulong>.Shared.Return(scratch);
        }
        AddMoments(values);
        Merge(values);
    }

    // Moves the finite values to the front (−0.0 becomes +0.0, so equal values share one bit pattern) and notes whether they are already in order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Kept, bool Sorted) KeepFinite(Span<double> chunk)
    {
        var kept = 0;
        var sorted = true;
        var previous = double.NegativeInfinity;
        foreach (var value in chunk)
        {
            if (double.IsFinite(value))
            {
                var normal = value + 0.0;
                sorted &= normal >= previous;
                chunk[kept++] = previous = normal;
            }
        }
        return (kept, sorted);
    }

    /// <summary>Returns the values as a weighted sample (exact or compressed, see <see cref="Exact"/>).</summary>
    public Statistics.WeightedSample ToSample() => new(_values[.._length], _counts[.._length]);

    /// <summary>Restores a sketch from a stored profile.</summary>
    public static NumericSketch Restore(NumericColumnProfile profile) => new()
    {
        _values = profile.Values, _counts = profile.Counts, _length = profile.Values.Length, Count = profile.Counts.Sum(), Missing = profile.Missing, Exact = profile.Exact,
        Min = profile.Min, Max = profile.Max, _mean = profile.Mean, _m2 = profile.StandardDeviation * profile.StandardDeviation * profile.Counts.Sum(),
    };

    /// <summary>Returns the storable form of the sketch.</summary>
    public NumericColumnProfile ToProfile() => new(_values[.._length], _counts[.._length], Missing, Exact, Min, Max, _mean, StandardDeviation);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddMoments(ReadOnlySpan<double> sorted)
    {
        double sum = 0;
        foreach (var v in sorted)
        {
            sum += v;
        }
        var mean = sum / sorted.Length;
        double m2 = 0;
        foreach (var v in sorted)
        {
            m2 += (v - mean) * (v - mean);
        }
        // Chan et al.'s pairwise update merges the chunk's moments into the running ones without losing precision.
        long n1 = Count, n2 = sorted.Length, n = n1 + n2;
        var delta = mean - _mean;
        _mean += delta * n2 / n;
        _m2 += m2 + delta * delta * n1 * n2 / n;
        Count = n;
        Min = double.IsNaN(Min) ? sorted[0] : Math.Min(Min, sorted[0]);
        Max = double.IsNaN(Max) ? sorted[^1] : Math.Max(Max, sorted[^1]);
    }

    // Merges into pooled buffers (compressing on the way once the sketch is inexact) and keeps only the result: the merge buffers, up to a
    // chunk plus the sketch, are shared between sketches and rounds instead of living on the large-object heap once per column.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Merge(ReadOnlySpan<double> sorted)
    {
        var capacity = _length + sorted.Length;
        var values = ArrayPool<double>.Shared.Rent(capacity);
        var counts = ArrayPool<long>.Shared.Rent(capacity);
        var length = MergeInto(sorted, new CentroidWriter(values, counts, Exact ? 0 : GroupWeight));
        if (length > MaxDistinct && Exact)
        {
            Exact = false;
            var compressor = new CentroidWriter(values, counts, GroupWeight);
            for (var i = 0; i < length; i++)
            {
                compressor.Add(values[i], counts[i]);
            }
            length = compressor.Finish();
        }
        if (_values.Length < length)
        {
            // A quarter of headroom: compressed lengths wander a little from chunk to chunk and each new array is a large object.
            var size = length + length / 4;
            (_values, _counts) = (new double[size], new long[size]);
        }
        values.AsSpan(0, length).CopyTo(_values);
        counts.AsSpan(0, length).CopyTo(_counts);
        _length = length;
        ArrayPool<double>.Shared.Return(values);
        ArrayPool<long>.Shared.Return(counts);
    }

    private long GroupWeight => Math.Max(1, Count / MaxDistinct);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int MergeInto(ReadOnlySpan<double> sorted, CentroidWriter writer)
    {
        ReadOnlySpan<double> live = _values.AsSpan(0, _length);
        ReadOnlySpan<long> liveCounts = _counts.AsSpan(0, _length);
        int i = 0, j = 0;
        while (i < live.Length && j < sorted.Length)
        {
            if (live[i] <= sorted[j])
            {
                writer.Add(live[i], liveCounts[i]);
                i++;
            }
            else
            {
                writer.Add(sorted[j], 1);
                j++;
            }
        }
        for (; i < live.Length; i++)
        {
            writer.Add(live[i], liveCounts[i]);
        }
        for (; j < sorted.Length; j++)
        {
            writer.Add(sorted[j], 1);
        }
        return writer.Finish();
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Sorts doubles ascending by a least-significant-digit radix sort of their bit patterns, in linear time where a comparison sort takes n log n:
/// four passes of 11 bits over the top 42 bits (a pass skipped when its digit is the same in every value), then the rare runs of values
/// that share those bits (closer than about one part in a billion) are put in order among themselves.
/// </summary>
internal static class RadixSort
{
    private const int Bits = 11;
    private const int Buckets = 1 << Bits;
    private const int Mask = Buckets - 1;
    private const int Passes = 4;
    private const int LowBits = 64 - Passes * Bits;
    private const ulong SignBit = 1UL << 63;

    /// <summary>
    /// Sorts <paramref name="values"/> in place using <paramref name="scratch"/> (at least as long) as the second buffer. NaN must not occur;
    /// −0.0 sorts just before +0.0, which <see cref="double.CompareTo(double)"/> deems equal.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort(Span<double> values, Span<ulong> scratch)
    {
        if (values.Length < 2)
        {
            return;
        }
        if (scratch.Length < values.Length)
        {
            throw new ArgumentException($"the scratch buffer holds {scratch.Length} values but {values.Length} are sorted", nameof(scratch));
        }
        var keys = MemoryMarshal.Cast<double, ulong>(values);
        Span<int> counts = stackalloc int[Passes * Buckets];
        ToKeys(keys, counts);
        var other = scratch[..keys.Length];
        var inScratch = false;
        for (var pass = 0; pass < Passes; pass++)
        {
            var histogram = counts.Slice(pass * Buckets, Buckets);
            var shift = LowBits + pass * Bits;
            if (histogram[(int)(keys[0] >> shift) & Mask] == keys.Length)
            {
                continue;
            }
            if (inScratch)
            {
                Scatter(other, keys, histogram, shift);
            }
            else
            {
                Scatter(keys, other, histogram, shift);
            }
            inScratch = !inScratch;
        }
        if (inScratch)
        {
            other.CopyTo(keys);
        }
        OrderRuns(keys);
        FromKeys(keys);
    }

    // After the passes the keys are ordered by their top bits and, within a run sharing those, still in input order: sort each such run
    // (most data has none; repeated values make runs that are already in order and only get checked).
    private static void OrderRuns(Span<ulong> keys)
    {
        var start = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i < keys.Length && keys[i] >> LowBits == keys[start] >> LowBits)
            {
                continue;
            }
            var run = keys[start..i];
            if (run.Length > 1 && !IsAscending(run))
            {
                run.Sort();
            }
            start = i;
        }
    }

    private static bool IsAscending(ReadOnlySpan<ulong> run)
    {
        for (var i = 1; i < run.Length; i++)
        {
            if (run[i - 1] > run[i])
            {
                return false;
            }
        }
        return true;
    }

    // Positive doubles order like their bit patterns and negative ones in reverse: setting the sign bit of positives and flipping every
    // bit of negatives gives unsigned keys in the doubles' order. The same pass counts every byte of every key.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ToKeys(Span<ulong> keys, Span<int> counts)
    {
        // One counter table per digit, spelled out: a loop over the digits would not be unrolled and costs a fifth more.
        ref var c0 = ref MemoryMarshal.GetReference(counts);
        ref var c1 = ref Unsafe.Add(ref c0, Buckets);
        ref var c2 = ref Unsafe.Add(ref c0, 2 * Buckets);
        ref var c3 = ref Unsafe.Add(ref c0, 3 * Buckets);
        foreach (ref var key in keys)
        {
            var bits = key;
            bits ^= (ulong)((long)bits >> 63) | SignBit;
            key = bits;
            Unsafe.Add(ref c0, (int)((bits >> LowBits) & Mask))++;
            Unsafe.Add(ref c1, (int)((bits >> (LowBits + Bits)) & Mask))++;
            Unsafe.Add(ref c2, (int)((bits >> (LowBits + 2 * Bits)) & Mask))++;
            Unsafe.Add(ref c3, (int)(bits >> (LowBits + 3 * Bits)))++;
        }
    }

    private static void FromKeys(Span<ulong> keys)
    {
        foreach (ref var key in keys)
        {
            key ^= (ulong)((long)~key >> 63) | SignBit;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Scatter(ReadOnlySpan<ulong> source, Span<ulong> target, ReadOnlySpan<int> histogram, int shift)
    {
        Span<int> offsets = stackalloc int[Buckets];
        var next = 0;
        for (var b = 0; b < Buckets; b++)
        {
            offsets[b] = next;
            next += histogram[b];
        }
        ref var offset = ref MemoryMarshal.GetReference(offsets);
        ref var destination = ref MemoryMarshal.GetReference(target);
        foreach (var key in source)
        {
            ref var slot = ref Unsafe.Add(ref offset, (int)((key >> shift) & Mask));
            Unsafe.Add(ref destination, slot++) = key;
        }
    }
}

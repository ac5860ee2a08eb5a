using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Osprey.Core.Learning.Trees;

/// <summary>
/// Replaces each numeric value by its rank among the distinct thresholds that a forest's splits use on that feature
/// (the number of thresholds below it), so a split "x ≤ t" becomes the byte comparison "rank(x) ≤ rank(t)" with the same
/// outcome for every value. Categorical features keep their clean codes (<see cref="ScoringRow"/>). Missing values rank
/// below everything in the first copy of a feature and above everything in the second, as in the float row form.
/// </summary>
internal sealed class ThresholdRanks
{
    /// <summary>The byte threshold of a split that sends every row left (a +∞ threshold, or the padding of a shallow leaf).</summary>
    public const byte Always = byte.MaxValue;

    private readonly ScoringRow _row;
    private readonly float[][] _tables;
    private readonly float[][] _levels;
    private readonly int[] _steps;
    private readonly int[] _counts;

    private ThresholdRanks(ScoringRow row, List<float>[] thresholds)
    {
        _row = row;
        _tables = new float[thresholds.Length][];
        _levels = new float[thresholds.Length][];
        _steps = new int[thresholds.Length];
        _counts = new int[thresholds.Length];
        for (var f = 0; f < thresholds.Length; f++)
        {
            var sorted = thresholds[f].Distinct().Order().ToArray();
            var steps = 0;
            while ((1 << steps) - 1 < sorted.Length)
            {
                steps++;
            }
            // Padding with +∞ keeps the branch-free search exact: no value counts +∞ as below it.
            var table = Enumerable.Repeat(float.PositiveInfinity, (1 << steps) - 1).ToArray();
            sorted.CopyTo(table, 0);
            _tables[f] = table;
            _levels[f] = Levels(table, steps);
            _steps[f] = steps;
            _counts[f] = sorted.Length;
        }
    }

    /// <summary>Returns the ranks of a forest's splits, or null when a feature has more than 254 thresholds or categories.</summary>
    public static ThresholdRanks? TryCreate(ReadOnlySpan<CompiledNode> nodes, ScoringRow row)
    {
        var thresholds = Enumerable.Range(0, row.FeatureCount).Select(_ => new List<float>()).ToArray();
        foreach (var node in nodes)
        {
            var feature = node.Position % row.FeatureCount;
            if (!float.IsNaN(node.Threshold) && node.Threshold != float.PositiveInfinity && row.CategoryCounts[feature] == 0)
            {
                thresholds[feature].Add(node.Threshold);
            }
        }
        if (row.CategoryCounts.Any(c => c + 2 > Always) || thresholds.Any(t => t.Distinct().Count() >= Always))
        {
            return null;
        }
        return new ThresholdRanks(row, thresholds);
    }

    /// <summary>Returns the byte threshold of a numeric split (<see cref="Always"/> for +∞).</summary>
    public byte Threshold(CompiledNode node) =>
        node.Threshold == float.PositiveInfinity ? Always : (byte)Rank(node.Position % _row.FeatureCount, node.Threshold);

    /// <summary>Writes one feature of consecutive rows as ranks (or codes) into both copies' byte columns.</summary>
    public void Write(int feature, ReadOnlySpan<float> values, Span<byte> first, Span<byte> second)
    {
        var categories = _row.CategoryCounts[feature];
        if (categories != 0)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                var code = (int)value;
                var clean = float.IsNaN(value) ? categories : code == value && (uint)code < (uint)categories ? code : categories + 1;
                first[i] = (byte)clean;
                second[i] = (byte)clean;
            }
            return;
        }
        var missingHigh = (byte)_counts[feature];
        ref var table = ref MemoryMarshal.GetArrayDataReference(_tables[feature]);
        var top = (1 << _steps[feature]) >> 1;
        var r = 0;
        if (Avx512F.IsSupported)
        {
            ref var levels = ref MemoryMarshal.GetArrayDataReference(_levels[feature]);
            for (; r + 16 <= values.Length; r += 16)
            {
                var value = Vector512.Create(values.Slice(r, 16));
                var index = Vector512<int>.Zero;
                for (var level = 0; level < _steps[feature]; level++)
                {
                    index = index + index - Vector512.LessThan(Pivots(ref levels, level, index), value).AsInt32();
                }
                var missing = Vector512.IsNaN(value).AsInt32();
                Avx512F.ConvertToVector128Byte(index).CopyTo(first.Slice(r, 16));
                Avx512F.ConvertToVector128Byte(Vector512.ConditionalSelect(missing, Vector512.Create((int)missingHigh), index)).CopyTo(second.Slice(r, 16));
            }
        }
        for (; r < values.Length; r++)
        {
            var value = values[r];
            nint index = 0;
            for (var step = top; step > 0; step >>= 1)
            {
                // Arithmetic instead of a conditional keeps the search free of branches that random values would mispredict.
                index += step & -(nint)Unsafe.BitCast<bool, byte>(Unsafe.Add(ref table, index + step - 1) < value);
            }
            var missing = float.IsNaN(value);
            first[r] = missing ? (byte)0 : (byte)index;
            second[r] = missing ? missingHigh : (byte)index;
        }
    }

    /// <summary>Returns, per lane, the pivot of the search tree's node <paramref name="index"/> at <paramref name="level"/> (2^level nodes), by register permutes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<float> Pivots(ref float levels, int level, Vector512<int> index)
    {
        ref var first = ref Unsafe.Add(ref levels, (1 << level) - 1);
        if (level <= 4)
        {
            return Avx512F.PermuteVar16x32(Vector512.LoadUnsafe(ref first), index);
        }
        var pivots = Avx512F.PermuteVar16x32x2(Vector512.LoadUnsafe(ref first), index, Vector512.LoadUnsafe(ref first, 16));
        var half = index >>> 5;
        for (var pair = 1; pair < 1 << (level - 5); pair++)
        {
            var more = Avx512F.PermuteVar16x32x2(Vector512.LoadUnsafe(ref first, (nuint)(32 * pair)), index, Vector512.LoadUnsafe(ref first, (nuint)(32 * pair + 16)));
            pivots = Vector512.ConditionalSelect(Vector512.Equals(half, Vector512.Create(pair)).AsSingle(), more, pivots);
        }
        return pivots;
    }

    /// <summary>Lays the padded sorted table out as a search tree, level after level (an Eytzinger layout), with room for whole-vector loads.</summary>
    private static float[] Levels(float[] table, int steps)
    {
        var levels = new float[(1 << steps) + 16];
        for (var level = 0; level < steps; level++)
        {
            var stride = 1 << (steps - 1 - level);
            for (var j = 0; j < 1 << level; j++)
            {
                levels[(1 << level) - 1 + j] = table[(2 * j + 1) * stride - 1];
            }
        }
        return levels;
    }

    /// <summary>Returns how many of the feature's thresholds are below the value, by a branch-free binary search (0 for NaN).</summary>
    private int Rank(int feature, float value)
    {
        var table = _tables[feature];
        var index = 0;
        for (var step = (1 << _steps[feature]) >> 1; step > 0; step >>= 1)
        {
            index += table[index + step - 1] < value ? step : 0;
        }
        return index;
    }
}

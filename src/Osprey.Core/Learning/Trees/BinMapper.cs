namespace Osprey.Core.Learning.Trees;

/// <summary>Maps one feature's values to byte bins: quantile bins for numeric values, one bin per frequent category, and a last bin for missing.</summary>
internal sealed class BinMapper
{
    private readonly float[] _upperBounds;
    private readonly int[] _categoryToBin;

    private BinMapper(FeatureKind kind, float[] upperBounds, int[] categoryToBin, int valueBins)
    {
        Kind = kind;
        _upperBounds = upperBounds;
        _categoryToBin = categoryToBin;
        ValueBins = valueBins;
    }

    public FeatureKind Kind { get; }

    /// <summary>Gets the number of bins for present values; the missing bin comes right after them.</summary>
    public int ValueBins { get; }

    public int MissingBin => ValueBins;

    public int BinCount => ValueBins + 1;

    public int CategoryCount => _categoryToBin.Length;

    /// <summary>Returns the largest value of a numeric bin: values up to it fall in that bin or an earlier one.</summary>
    public float UpperBound(int bin) => _upperBounds[bin];

    /// <summary>Returns the bin of a category code, or the missing bin for codes the mapper has not seen.</summary>
    public int BinOfCategory(int code) => (uint)code < (uint)_categoryToBin.Length ? _categoryToBin[code] : MissingBin;

    public byte Bin(float value)
    {
        if (float.IsNaN(value))
        {
            return (byte)MissingBin;
        }
        if (Kind == FeatureKind.Categorical)
        {
            var code = (int)value;
            return code == value ? (byte)BinOfCategory(code) : (byte)MissingBin;
        }
        var bounds = _upperBounds;
        int low = 0, high = bounds.Length - 1;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (value <= bounds[mid])
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }
        return (byte)low;
    }

    /// <summary>Builds quantile bins from a sorted sample of present values; at most <paramref name="maxBins"/> value bins.</summary>
    public static BinMapper FitNumeric(ReadOnlySpan<float> sorted, int maxBins)
    {
        var (distinct, counts) = CountDistinct(sorted);
        var bounds = new List<float>(Math.Min(distinct.Count, maxBins));
        if (distinct.Count <= maxBins)
        {
            for (var i = 0; i + 1 < distinct.Count; i++)
            {
                bounds.Add(Between(distinct[i], distinct[i + 1]));
            }
        }
        else
        {
            AddQuantileBounds(distinct, counts, sorted.Length, maxBins, bounds);
        }
        bounds.Add(float.PositiveInfinity);
        return new BinMapper(FeatureKind.Numeric, bounds.ToArray(), [], bounds.Count);
    }

    /// <summary>Gives each category its own bin, or when there are more than <paramref name="maxBins"/>, the most frequent ones their own bin and the rest one shared bin.</summary>
    public static BinMapper FitCategorical(ReadOnlySpan<float> codes, int categoryCount, int maxBins)
    {
        var toBin = new int[categoryCount];
        if (categoryCount <= maxBins)
        {
            for (var c = 0; c < categoryCount; c++)
            {
                toBin[c] = c;
            }
            return new BinMapper(FeatureKind.Categorical, [], toBin, Math.Max(categoryCount, 1));
        }
        var counts = new long[categoryCount];
        foreach (var value in codes)
        {
            if (value >= 0 && value < categoryCount)
            {
                counts[(int)value]++;
            }
        }
        var byFrequency = Enumerable.Range(0, categoryCount).OrderByDescending(c => counts[c]).ThenBy(c => c).ToArray();
        for (var rank = 0; rank < byFrequency.Length; rank++)
        {
            toBin[byFrequency[rank]] = Math.Min(rank, maxBins - 1);
        }
        return new BinMapper(FeatureKind.Categorical, [], toBin, maxBins);
    }

    private static void AddQuantileBounds(List<float> distinct, List<int> counts, int total, int maxBins, List<float> bounds)
    {
        var binsLeft = maxBins;
        var remaining = (double)total;
        var target = remaining / binsLeft;
        var inBin = 0d;
        for (var i = 0; i + 1 < distinct.Count && binsLeft > 1; i++)
        {
            if (inBin > 0 && counts[i] >= target)
            {
                // A heavy value gets a bin of its own instead of swallowing the light values before it.
                Close(distinct[i - 1], distinct[i]);
            }
            inBin += counts[i];
            if (inBin >= target && binsLeft > 1)
            {
                Close(distinct[i], distinct[i + 1]);
            }
        }

        void Close(float below, float above)
        {
            bounds.Add(Between(below, above));
            remaining -= inBin;
            inBin = 0;
            binsLeft--;
            target = remaining / Math.Max(binsLeft, 1);
        }
    }

    private static (List<float> Distinct, List<int> Counts) CountDistinct(ReadOnlySpan<float> sorted)
    {
        var distinct = new List<float>();
        var counts = new List<int>();
        foreach (var value in sorted)
        {
            if (distinct.Count > 0 && distinct[^1] == value)
            {
                counts[^1]++;
            }
            else
            {
                distinct.Add(value);
                counts.Add(1);
            }
        }
        return (distinct, counts);
    }

    private static float Between(float below, float above)
    {
        var middle = (float)(below + ((double)above - below) / 2);
        return middle >= above || !float.IsFinite(middle) ? below : middle;
    }
}

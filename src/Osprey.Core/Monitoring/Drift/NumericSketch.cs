namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Accumulates a numerical column chunk by chunk in bounded memory: exact moments, min and max, and the sorted distinct values with counts.
/// The value list is exact while the column has at most <see cref="MaxDistinct"/> distinct values; beyond that it is compressed into
/// about <see cref="MaxDistinct"/> equal-weight centroids (each holding at most 1/<see cref="MaxDistinct"/> of the rows, min and max kept exact),
/// so the ECDF it describes is off by at most that share at any point.
/// </summary>
public sealed class NumericSketch
{
    /// <summary>The most distinct values kept exactly.</summary>
    public const int MaxDistinct = 20_000;

    private double[] _values = [];
    private long[] _counts = [];
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

    /// <summary>Adds a chunk of values; NaN and infinities count as missing (as Evidently drops them). The span is sorted in place.</summary>
    public void Add(Span<double> chunk)
    {
        var kept = 0;
        foreach (var value in chunk)
        {
            if (double.IsFinite(value))
            {
                chunk[kept++] = value;
            }
        }
        Missing += chunk.Length - kept;
        if (kept == 0)
        {
            return;
        }
        var values = chunk[..kept];
        values.Sort();
        AddMoments(values);
        Merge(values);
    }

    /// <summary>Returns the values as a weighted sample (exact or compressed, see <see cref="Exact"/>).</summary>
    public Statistics.WeightedSample ToSample() => new(_values, _counts);

    /// <summary>Restores a sketch from a stored profile.</summary>
    public static NumericSketch Restore(NumericColumnProfile profile) => new()
    {
        _values = profile.Values, _counts = profile.Counts, Count = profile.Counts.Sum(), Missing = profile.Missing, Exact = profile.Exact,
        Min = profile.Min, Max = profile.Max, _mean = profile.Mean, _m2 = profile.StandardDeviation * profile.StandardDeviation * profile.Counts.Sum(),
    };

    /// <summary>Returns the storable form of the sketch.</summary>
    public NumericColumnProfile ToProfile() => new(_values, _counts, Missing, Exact, Min, Max, _mean, StandardDeviation);

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

    private void Merge(ReadOnlySpan<double> sorted)
    {
        var values = new double[_values.Length + sorted.Length];
        var counts = new long[values.Length];
        int i = 0, j = 0, k = 0;
        while (i < _values.Length || j < sorted.Length)
        {
            var next = j >= sorted.Length || (i < _values.Length && _values[i] <= sorted[j]) ? _values[i] : sorted[j];
            long weight = 0;
            while (i < _values.Length && _values[i] == next)
            {
                weight += _counts[i++];
            }
            while (j < sorted.Length && sorted[j] == next)
            {
                weight++;
                j++;
            }
            values[k] = next;
            counts[k++] = weight;
        }
        _values = values[..k];
        _counts = counts[..k];
        if (k > MaxDistinct)
        {
            Compress();
        }
    }

    // Greedy equal-weight grouping: each centroid takes consecutive values until it holds Count/MaxDistinct rows; the first and last stay alone.
    private void Compress()
    {
        Exact = false;
        var target = Math.Max(1, Count / MaxDistinct);
        var values = new List<double>(MaxDistinct + 2) { _values[0] };
        var counts = new List<long>(MaxDistinct + 2) { _counts[0] };
        double sum = 0;
        long weight = 0;
        for (var i = 1; i < _values.Length - 1; i++)
        {
            sum += _values[i] * _counts[i];
            weight += _counts[i];
            if (weight >= target)
            {
                values.Add(sum / weight);
                counts.Add(weight);
                (sum, weight) = (0, 0);
            }
        }
        if (weight > 0)
        {
            values.Add(sum / weight);
            counts.Add(weight);
        }
        values.Add(_values[^1]);
        counts.Add(_counts[^1]);
        _values = [.. values];
        _counts = [.. counts];
    }
}

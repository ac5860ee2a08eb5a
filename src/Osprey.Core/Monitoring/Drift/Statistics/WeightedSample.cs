namespace Osprey.Core.Monitoring.Drift.Statistics;

/// <summary>A sample as sorted distinct values with their counts (an exact ECDF when built from raw values); <see cref="Count"/> is the total weight.</summary>
public sealed class WeightedSample
{
    /// <summary>Creates a sample from values sorted ascending and distinct, with positive counts; the arrays are kept, not copied.</summary>
    public WeightedSample(double[] values, long[] counts)
    {
        Values = values;
        Counts = counts;
        Count = counts.Sum();
    }

    /// <summary>Gets the sorted distinct values.</summary>
    public double[] Values { get; }

    /// <summary>Gets how many times each value occurs.</summary>
    public long[] Counts { get; }

    /// <summary>Gets the number of observations.</summary>
    public long Count { get; }

    /// <summary>Builds the sample of raw values (NaN ignored).</summary>
    public static WeightedSample From(IEnumerable<double> raw)
    {
        var sorted = raw.Where(v => !double.IsNaN(v)).Order().ToArray();
        var values = new List<double>();
        var counts = new List<long>();
        foreach (var value in sorted)
        {
            if (values.Count > 0 && values[^1] == value)
            {
                counts[^1]++;
            }
            else
            {
                values.Add(value);
                counts.Add(1);
            }
        }
        return new WeightedSample([.. values], [.. counts]);
    }
}

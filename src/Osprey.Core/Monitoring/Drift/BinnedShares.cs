using System.Globalization;
using System.Runtime.CompilerServices;
using Osprey.Core.Monitoring.Drift.Statistics;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>
/// Bins two columns the way Evidently's <c>get_binned_data</c> does: a numerical column with more than <see cref="MaxExactKeys"/> distinct reference values
/// gets NumPy's Sturges bins over both sides' range; any other column one bin per distinct value of either side. Shares are counts over non-missing rows.
/// </summary>
public static class BinnedShares
{
    /// <summary>The number of distinct reference values above which numbers are binned rather than counted one by one (Evidently's n_bins).</summary>
    public const int MaxExactKeys = 30;

    /// <summary>Returns the shares of both sides over common bins.</summary>
    public static Distribution Of(ColumnProfile reference, ColumnProfile current)
    {
        if (reference.Numeric is { } r && current.Numeric is { } c)
        {
            return r.Values.Length > MaxExactKeys ? Histogram(r, c) : Keys(r, c);
        }
        var refCounts = Counts(reference.Categorical!);
        var curCounts = Counts(current.Categorical!);
        var labels = refCounts.Keys.Union(curCounts.Keys).Order(StringComparer.Ordinal).ToArray();
        return new Distribution(null, labels, Shares(labels.Select(l => refCounts.GetValueOrDefault(l)), reference.Count),
            Shares(labels.Select(l => curCounts.GetValueOrDefault(l)), current.Count));
    }

    /// <summary>Replaces zero shares as Evidently does before PSI and KL: by the smallest non-zero share / 10⁶ when that is ≤ 0.0001, else by 0.0001.</summary>
    public static double[] FillZeroes(double[] shares)
    {
        var smallest = shares.Where(s => s != 0).DefaultIfEmpty(1).Min();
        var fill = smallest <= 0.0001 ? smallest / 1e6 : 0.0001;
        return shares.Select(s => s == 0 ? fill : s).ToArray();
    }

    /// <summary>Returns NumPy's <c>histogram_bin_edges(values, bins="sturges")</c> for data of <paramref name="size"/> values spanning [min, max].</summary>
    public static double[] SturgesEdges(double min, double max, long size)
    {
        if (min == max)
        {
            (min, max) = (min - 0.5, max + 0.5);
        }
        var width = (max - min) / (Math.Log2(size) + 1.0);
        var bins = width > 0 ? (int)Math.Ceiling((max - min) / width) : 1;
        var step = (max - min) / bins;
        var edges = new double[bins + 1];
        for (var i = 0; i < bins; i++)
        {
            edges[i] = min + i * step;
        }
        edges[bins] = max;
        return edges;
    }

    private static Distribution Histogram(NumericColumnProfile reference, NumericColumnProfile current)
    {
        var edges = SturgesEdges(Math.Min(reference.Min, current.Min), Math.Max(reference.Max, current.Max), reference.Counts.Sum() + current.Counts.Sum());
        return new Distribution(edges, null, BinShares(reference, edges), BinShares(current, edges));
    }

    // The values are ascending, so one walk along the edges bins them all: a value falls in the last bin whose left edge is at or below it
    // (the last bin also takes the right edge, values outside the edges go to the end bins), as numpy.histogram does.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double[] BinShares(NumericColumnProfile profile, double[] edges)
    {
        var counts = new double[edges.Length - 1];
        var bin = 0;
        long total = 0;
        for (var i = 0; i < profile.Values.Length; i++)
        {
            while (bin + 1 < edges.Length && edges[bin + 1] <= profile.Values[i])
            {
                bin++;
            }
            counts[Math.Min(bin, counts.Length - 1)] += profile.Counts[i];
            total += profile.Counts[i];
        }
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] /= total;
        }
        return counts;
    }

    private static Distribution Keys(NumericColumnProfile reference, NumericColumnProfile current)
    {
        var keys = reference.Values.Union(current.Values).Order().ToArray();
        var refCounts = reference.Values.Zip(reference.Counts).ToDictionary(p => p.First, p => p.Second);
        var curCounts = current.Values.Zip(current.Counts).ToDictionary(p => p.First, p => p.Second);
        return new Distribution(null, keys.Select(k => k.ToString("R", CultureInfo.InvariantCulture)).ToArray(),
            Shares(keys.Select(k => refCounts.GetValueOrDefault(k)), reference.Counts.Sum()),
            Shares(keys.Select(k => curCounts.GetValueOrDefault(k)), current.Counts.Sum()));
    }

    private static Dictionary<string, long> Counts(CategoricalColumnProfile profile) =>
        profile.Labels.Zip(profile.Counts).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private static double[] Shares(IEnumerable<long> counts, long total) => counts.Select(c => total == 0 ? 0 : (double)c / total).ToArray();

    /// <summary>Returns the counts behind the shares (share × total, rounded), for the count-based tests.</summary>
    internal static double[] ToCounts(double[] shares, long total) => shares.Select(s => Math.Round(s * total)).ToArray();

    /// <summary>Returns a weighted sample of a numerical profile.</summary>
    internal static WeightedSample Sample(NumericColumnProfile profile) => new(profile.Values, profile.Counts);
}

using System.Runtime.CompilerServices;
using Osprey.Core.Monitoring.Drift.Statistics;

namespace Osprey.Core.Monitoring.Drift;

/// <summary>Computes one column's drift from the two profiles: picks the test (Evidently's default unless overridden), runs it and applies the threshold.</summary>
public static class ColumnDriftCalculator
{
    /// <summary>Returns the column's verdict; a side without values gives an untested, undrifted column.</summary>
    public static ColumnDrift Compute(ColumnProfile reference, ColumnProfile current, string role, DriftTest? test = null, double? threshold = null)
    {
        var distinct = Distinct(reference, current);
        var chosen = test ?? DriftTests.Default(reference.Type, reference.Count + reference.Missing, distinct);
        var limit = threshold ?? DriftTests.DefaultThreshold(chosen);
        if (reference.Count == 0 || current.Count == 0)
        {
            return new ColumnDrift(reference.Name, reference.Type, role, chosen, double.NaN, limit, false, false,
                reference.Count, current.Count, reference.Missing, current.Missing, distinct, null);
        }
        var shares = BinnedShares.Of(reference, current);
        var statistic = Statistic(chosen, reference, current, shares);
        var drifted = DriftTests.IsHypothesisTest(chosen) ? statistic < limit : statistic >= limit;
        return new ColumnDrift(reference.Name, reference.Type, role, chosen, statistic, limit, drifted, true,
            reference.Count, current.Count, reference.Missing, current.Missing, distinct, shares);
    }

    private static double Statistic(DriftTest test, ColumnProfile reference, ColumnProfile current, Distribution shares)
    {
        switch (test)
        {
            case DriftTest.Ks:
                return KolmogorovSmirnov.Test(Numeric(reference, test), Numeric(current, test)).PValue;
            case DriftTest.Wasserstein:
                var norm = Math.Max(reference.Numeric!.StandardDeviation, 0.001);
                return Distances.Wasserstein(Numeric(reference, test), Numeric(current, test)) / norm;
            case DriftTest.ChiSquare:
                var keys = KeyShares(reference, current, shares);
                var observed = BinnedShares.ToCounts(keys.Current, current.Count);
                var expected = BinnedShares.ToCounts(keys.Reference, reference.Count).Select(c => c * current.Count / reference.Count).ToArray();
                return ProportionTests.ChiSquare(observed, expected).PValue;
            case DriftTest.ZTest:
                return ZTest(KeyShares(reference, current, shares), reference.Count, current.Count);
            case DriftTest.JensenShannon:
                return Distances.JensenShannon(shares.Reference, shares.Current);
            case DriftTest.Psi:
                return Distances.PopulationStability(BinnedShares.FillZeroes(shares.Reference), BinnedShares.FillZeroes(shares.Current));
            case DriftTest.KlDiv:
                return Distances.KullbackLeibler(BinnedShares.FillZeroes(shares.Reference), BinnedShares.FillZeroes(shares.Current));
            default:
                return Distances.Hellinger(shares.Reference, shares.Current);
        }
    }

    // Evidently's Z-test: equal single values give p = 1; otherwise the share of "not the first value" is compared.
    private static double ZTest(Distribution keys, long n1, long n2)
    {
        var refPresent = keys.Reference.Count(s => s > 0);
        var curPresent = keys.Current.Count(s => s > 0);
        if (refPresent == 1 && curPresent == 1 && Array.FindIndex(keys.Reference, s => s > 0) == Array.FindIndex(keys.Current, s => s > 0))
        {
            return 1;
        }
        var hits1 = n1 - (long)Math.Round(keys.Reference[0] * n1);
        var hits2 = n2 - (long)Math.Round(keys.Current[0] * n2);
        return ProportionTests.ZTest(hits1, n1, hits2, n2).PValue;
    }

    // Count tests need one bin per value even when a numerical column was histogrammed for charts.
    private static Distribution KeyShares(ColumnProfile reference, ColumnProfile current, Distribution shares)
    {
        if (shares.Labels is not null)
        {
            return shares;
        }
        var keys = reference.Numeric!.Values.Union(current.Numeric!.Values).Order().ToArray();
        double[] Shares(NumericColumnProfile p)
        {
            var counts = p.Values.Zip(p.Counts).ToDictionary(x => x.First, x => x.Second);
            var total = (double)p.Counts.Sum();
            return keys.Select(k => counts.GetValueOrDefault(k) / total).ToArray();
        }
        return new Distribution(null, keys.Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), Shares(reference.Numeric), Shares(current.Numeric));
    }

    private static WeightedSample Numeric(ColumnProfile column, DriftTest test) => column.Numeric is { } numbers
        ? BinnedShares.Sample(numbers)
        : throw OspreyException.Invalid($"column '{column.Name}' is categorical; the {DriftTests.Name(test)} test needs numbers (choose chisquare, z, jensenshannon, psi, kl_div or hellinger).");

    private static int Distinct(ColumnProfile reference, ColumnProfile current) => reference.Numeric is { } r && current.Numeric is { } c
        ? DistinctOfSorted(r.Values, c.Values)
        : reference.Categorical!.Labels.Union(current.Categorical?.Labels ?? [], StringComparer.Ordinal).Count();

    // Both lists are ascending and distinct, so one merge walk counts their union without hashing tens of thousands of doubles.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int DistinctOfSorted(double[] first, double[] second)
    {
        int i = 0, j = 0, union = 0;
        while (i < first.Length && j < second.Length)
        {
            var (a, b) = (first[i], second[j]);
            i += a <= b ? 1 : 0;
            j += b <= a ? 1 : 0;
            union++;
        }
        return union + (first.Length - i) + (second.Length - j);
    }
}

using System.Runtime.CompilerServices;

namespace Osprey.Core.Monitoring.Drift.Statistics;

/// <summary>
/// The distance measures of drift, each as SciPy or Evidently computes it: Wasserstein-1 between two samples
/// (<c>scipy.stats.wasserstein_distance</c>), Jensen–Shannon distance (<c>scipy.spatial.distance.jensenshannon</c>, natural log),
/// PSI, KL divergence (<c>scipy.stats.entropy</c>) and Hellinger distance over binned shares.
/// </summary>
public static class Distances
{
    /// <summary>Returns ∫|F₁ − F₂| dx between the samples' ECDFs; throws <see cref="ArgumentException"/> for an empty sample.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Wasserstein(WeightedSample first, WeightedSample second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            throw new ArgumentException("the Wasserstein distance needs two non-empty samples");
        }
        int i = 0, j = 0;
        long c1 = 0, c2 = 0;
        double n1 = first.Count, n2 = second.Count, total = 0, previous = double.NaN;
        while (i < first.Values.Length || j < second.Values.Length)
        {
            var next = j >= second.Values.Length || (i < first.Values.Length && first.Values[i] <= second.Values[j]) ? first.Values[i] : second.Values[j];
            if (!double.IsNaN(previous))
            {
                total += Math.Abs(c1 / n1 - c2 / n2) * (next - previous);
            }
            while (i < first.Values.Length && first.Values[i] == next)
            {
                c1 += first.Counts[i++];
            }
            while (j < second.Values.Length && second.Values[j] == next)
            {
                c2 += second.Counts[j++];
            }
            previous = next;
        }
        return total;
    }

    /// <summary>Returns the Jensen–Shannon distance √(JS divergence) of two weight vectors, each normalized to sum 1 first.</summary>
    public static double JensenShannon(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        double sp = p.Sum(), sq = q.Sum(), divergence = 0;
        for (var i = 0; i < p.Count; i++)
        {
            double a = p[i] / sp, b = q[i] / sq, mid = (a + b) / 2;
            divergence += RelativeEntropy(a, mid) + RelativeEntropy(b, mid);
        }
        return Math.Sqrt(Math.Max(divergence / 2, 0));
    }

    /// <summary>Returns the population stability index Σ (p − q) ln(p / q) over shares without zeros.</summary>
    public static double PopulationStability(IReadOnlyList<double> reference, IReadOnlyList<double> current)
    {
        var sum = 0.0;
        for (var i = 0; i < reference.Count; i++)
        {
            sum += (reference[i] - current[i]) * Math.Log(reference[i] / current[i]);
        }
        return sum;
    }

    /// <summary>Returns the Kullback–Leibler divergence D(p ‖ q) of two weight vectors, each normalized to sum 1 first.</summary>
    public static double KullbackLeibler(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        double sp = p.Sum(), sq = q.Sum(), sum = 0;
        for (var i = 0; i < p.Count; i++)
        {
            sum += RelativeEntropy(p[i] / sp, q[i] / sq);
        }
        return sum;
    }

    /// <summary>Returns the Hellinger distance √(½ Σ (√p − √q)²) of two weight vectors, each normalized to sum 1 first.</summary>
    public static double Hellinger(IReadOnlyList<double> p, IReadOnlyList<double> q)
    {
        double sp = p.Sum(), sq = q.Sum(), sum = 0;
        for (var i = 0; i < p.Count; i++)
        {
            var d = Math.Sqrt(p[i] / sp) - Math.Sqrt(q[i] / sq);
            sum += d * d;
        }
        return Math.Sqrt(sum / 2);
    }

    // SciPy's rel_entr: x ln(x/y), 0 at x = 0, infinite when only y is 0.
    private static double RelativeEntropy(double x, double y) =>
        x == 0 ? 0 : y == 0 ? double.PositiveInfinity : x * Math.Log(x / y);
}

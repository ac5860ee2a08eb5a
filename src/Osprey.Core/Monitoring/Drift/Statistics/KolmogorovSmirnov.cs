using System.Runtime.CompilerServices;

namespace Osprey.Core.Monitoring.Drift.Statistics;

/// <summary>
/// The two-sample Kolmogorov–Smirnov test, two-sided, as SciPy's <c>ks_2samp(method='auto')</c>: the exact distribution when both samples
/// have at most 10,000 observations (Hodges' lattice-path count, computed as 1 − p for stability), else the one-sample distribution
/// <see cref="KolmogorovDistribution"/> at n = round(n₁n₂/(n₁+n₂)).
/// </summary>
public static class KolmogorovSmirnov
{
    /// <summary>The largest sample size for which the exact distribution is used.</summary>
    public const int MaxExactSize = 10_000;

    /// <summary>Returns the statistic D = sup |F₁ − F₂| and its p-value; throws <see cref="ArgumentException"/> for an empty sample.</summary>
    public static TestOutcome Test(WeightedSample first, WeightedSample second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            throw new ArgumentException("the Kolmogorov–Smirnov test needs two non-empty samples");
        }
        var d = Statistic(first, second);
        long n1 = first.Count, n2 = second.Count;
        var g = Gcd(n1, n2);
        if (Math.Max(n1, n2) <= MaxExactSize && Exact(n1, n2, g, d) is { } exact)
        {
            return exact;
        }
        double m = Math.Max(n1, n2), n = Math.Min(n1, n2);
        var en = (int)Math.Round(m * n / (m + n), MidpointRounding.ToEven);
        return new TestOutcome(d, KolmogorovDistribution.Survival(en, d));
    }

    /// <summary>Returns sup |F₁(x) − F₂(x)| over all values, ties handled by evaluating both ECDFs after each distinct value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Statistic(WeightedSample first, WeightedSample second)
    {
        int i = 0, j = 0;
        long c1 = 0, c2 = 0;
        double n1 = first.Count, n2 = second.Count, max = 0;
        while (i < first.Values.Length || j < second.Values.Length)
        {
            var next = j >= second.Values.Length || (i < first.Values.Length && first.Values[i] <= second.Values[j]) ? first.Values[i] : second.Values[j];
            while (i < first.Values.Length && first.Values[i] == next)
            {
                c1 += first.Counts[i++];
            }
            while (j < second.Values.Length && second.Values[j] == next)
            {
                c2 += second.Counts[j++];
            }
            max = Math.Max(max, Math.Abs(c1 / n1 - c2 / n2));
        }
        return max;
    }

    private static TestOutcome? Exact(long n1, long n2, long g, double d)
    {
        var lcm = n1 / g * n2;
        var h = (long)Math.Round(d * lcm, MidpointRounding.ToEven);
        var rounded = (double)h / lcm;
        if (h == 0)
        {
            return new TestOutcome(rounded, 1);
        }
        var p = n1 == n2 ? OutsideSquare(n1, h) : OutsideInside(n1, n2, g, h);
        return p is >= 0 and <= 1 && double.IsFinite(p) ? new TestOutcome(rounded, p) : null;
    }

    // Equal sizes: 2 Σ (−1)^(k+1) C(2n, n−kh)/C(2n, n), evaluated Horner-like to avoid cancellation.
    private static double OutsideSquare(long n, long h)
    {
        var p = 0.0;
        for (var k = n / h; k >= 0; k--)
        {
            var term = 1.0;
            for (long j = 0; j < h; j++)
            {
                term = (n - k * h - j) * term / (n + k * h + j + 1);
            }
            p = term * (1 - p);
        }
        return 2 * p;
    }

    // Unequal sizes: walks the lattice column by column keeping, for the cells inside the band |x/m − y/n| < h/lcm,
    // the share of paths that have already left it (so the answer is 1 − p without subtracting two numbers near 1).
    private static double OutsideInside(long first, long second, long g, long h)
    {
        long m = Math.Max(first, second), n = Math.Min(first, second);
        long mg = m / g, ng = n / g;
        long minJ = 0, maxJ = Math.Min(CeilDiv(h, mg), n + 1);
        var length = maxJ - minJ;
        var cells = new double[Math.Min(2 * maxJ + 2, n + 1)];
        Array.Fill(cells, 1.0);
        Array.Fill(cells, 0.0, 0, (int)maxJ);
        for (long i = 1; i <= m; i++)
        {
            long lastMin = minJ, lastLength = length;
            minJ = Math.Min(Math.Max(FloorDiv(ng * i - h, mg) + 1, 0), n);
            maxJ = Math.Min(CeilDiv(ng * i + h, mg), n + 1);
            if (maxJ <= minJ)
            {
                return 1;
            }
            var value = minJ == 0 ? 0.0 : 1.0;
            for (long jj = 0; jj < maxJ - minJ; jj++)
            {
                var j = jj + minJ;
                value = (cells[jj + minJ - lastMin] * i + value * j) / (i + j);
                cells[jj] = value;
            }
            length = maxJ - minJ;
            if (lastLength > length)
            {
                Array.Fill(cells, 1.0, (int)length, (int)Math.Min(lastLength - length, cells.Length - length));
            }
        }
        return cells[maxJ - minJ - 1];
    }

    private static long FloorDiv(long a, long b) => (long)Math.Floor((double)a / b);

    private static long CeilDiv(long a, long b) => (long)Math.Ceiling((double)a / b);

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}

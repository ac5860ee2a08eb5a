namespace Osprey.Core.Monitoring.Drift.Statistics;

/// <summary>The count-based hypothesis tests: Pearson's chi-square against expected counts (<c>scipy.stats.chisquare</c>) and the two-proportion Z-test.</summary>
public static class ProportionTests
{
    /// <summary>Returns Σ (o − e)²/e and its chi-square p-value with k − 1 degrees of freedom; an observed count where none was expected gives p = 0.</summary>
    public static TestOutcome ChiSquare(IReadOnlyList<double> observed, IReadOnlyList<double> expected)
    {
        var statistic = 0.0;
        for (var i = 0; i < observed.Count; i++)
        {
            var d = observed[i] - expected[i];
            statistic += expected[i] == 0 ? (d == 0 ? double.NaN : double.PositiveInfinity) : d * d / expected[i];
        }
        var degrees = observed.Count - 1;
        return new TestOutcome(statistic, degrees <= 0 ? double.NaN : SpecialFunctions.ChiSquareSurvival(statistic, degrees));
    }

    /// <summary>Returns the pooled two-proportion z statistic (p₁ − p₂)/√(P(1−P)(1/n₁ + 1/n₂)) and its two-sided p-value 2(1 − Φ(|z|)).</summary>
    public static TestOutcome ZTest(long hits1, long n1, long hits2, long n2)
    {
        double p1 = (double)hits1 / n1, p2 = (double)hits2 / n2;
        var pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        var z = (p1 - p2) / Math.Sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        return new TestOutcome(z, 2 * (1 - SpecialFunctions.NormalCdf(Math.Abs(z))));
    }
}

using Osprey.Core.Monitoring.Drift.Statistics;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class KolmogorovSmirnovScipyTests
{
    public static TheoryData<string, double[], double[]> Cases() => new()
    {
        { "unequal sizes, exact", TestVectors.Normalish(1, 50), TestVectors.Normalish(2, 60, shift: 0.5) },
        { "equal sizes, exact", TestVectors.Normalish(3, 40), TestVectors.Normalish(4, 40, shift: 0.3) },
        { "many ties, exact", TestVectors.Normalish(5, 300, scale: 2, decimals: 0), TestVectors.Normalish(6, 200, shift: 0.4, scale: 2, decimals: 0) },
        { "tiny", [1, 2, 3], [2, 3, 4, 5] },
        { "identical", TestVectors.Normalish(7, 30), TestVectors.Normalish(7, 30) },
        { "large, asymptotic", TestVectors.Normalish(8, 12_000), TestVectors.Normalish(9, 11_000, shift: 0.05) },
        { "large, asymptotic, no shift", TestVectors.Normalish(10, 15_000), TestVectors.Normalish(11, 15_000) },
        { "lopsided, asymptotic at small n", TestVectors.Normalish(12, 20_000), TestVectors.Normalish(13, 60, shift: 0.3) },
        { "lopsided, same distribution", TestVectors.Normalish(14, 20_000), TestVectors.Normalish(15, 202) },
    };

    [ScipyTheory]
    [MemberData(nameof(Cases))]
    public void Test_FixedVectors_MatchesScipyKs2samp(string name, double[] first, double[] second)
    {
        var expected = ScipyOracle.Run("r = stats.ks_2samp(np.array(data['a']), np.array(data['b']))\nprint(json.dumps([float(r.statistic), float(r.pvalue)]))",
            new { a = first, b = second });

        var actual = KolmogorovSmirnov.Test(WeightedSample.From(first), WeightedSample.From(second));

        Assert.True(Math.Abs(expected[0].GetDouble() - actual.Statistic) < 1e-9, $"{name}: D {actual.Statistic} vs SciPy {expected[0].GetDouble()}");
        Assert.True(Math.Abs(expected[1].GetDouble() - actual.PValue) < 1e-6, $"{name}: p {actual.PValue} vs SciPy {expected[1].GetDouble()}");
    }
}

using Osprey.Core.Monitoring.Drift.Statistics;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class KolmogorovDistributionScipyTests
{
    // Sizes and distances where the survival function sums the Smirnov tail, as for two samples of a million rows each (where the
    // log-gammas of numbers near n! leave about 1e-9 of relative error).
    [ScipyTheory]
    [InlineData(500_000, 0.0024)]
    [InlineData(1_000, 0.06)]
    [InlineData(150, 0.3)]
    public void Survival_SmirnovTailRegion_MatchesScipy(int n, double x)
    {
        var expected = ScipyOracle.Run($"from scipy import special\nprint(json.dumps([float(stats.kstwo.sf({x}, {n})), float(special.smirnov({n}, {x}))]))", new { });

        var survival = KolmogorovDistribution.Survival(n, x);
        var tail = KolmogorovDistribution.SmirnovTail(n, x);

        Assert.True(Math.Abs(survival - expected[0].GetDouble()) <= 1e-8 * expected[0].GetDouble() + 1e-300, $"sf {survival} vs SciPy {expected[0].GetDouble()}");
        Assert.True(Math.Abs(tail - expected[1].GetDouble()) <= 1e-8 * expected[1].GetDouble() + 1e-300, $"smirnov {tail} vs SciPy {expected[1].GetDouble()}");
    }
}

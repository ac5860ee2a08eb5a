using Osprey.Core.Monitoring.Drift;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

/// <summary>One case per row and size of Evidently's default matrix, decided from real profiles (reference rows, distinct values of both sides).</summary>
public sealed class DefaultTestSelectionTests
{
    public static TheoryData<string, int, int, bool, DriftTest> Matrix() => new()
    {
        { "numerical, >5 values, small", 1000, 6, true, DriftTest.Ks },
        { "numerical, >5 values, large", 1001, 6, true, DriftTest.Wasserstein },
        { "numerical, 3-5 values, small", 1000, 5, true, DriftTest.ChiSquare },
        { "numerical, 3 values, small", 200, 3, true, DriftTest.ChiSquare },
        { "numerical, 3-5 values, large", 5000, 4, true, DriftTest.JensenShannon },
        { "numerical, 2 values, small", 300, 2, true, DriftTest.ZTest },
        { "numerical, 1 value, small", 300, 1, true, DriftTest.ZTest },
        { "numerical, 2 values, large", 3000, 2, true, DriftTest.JensenShannon },
        { "categorical, >2 values, small", 999, 7, false, DriftTest.ChiSquare },
        { "categorical, >2 values, large", 2000, 7, false, DriftTest.JensenShannon },
        { "categorical, binary, small", 500, 2, false, DriftTest.ZTest },
        { "categorical, binary, large", 1500, 2, false, DriftTest.JensenShannon },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Compute_NoOverride_PicksEvidentlyDefault(string row, int referenceRows, int distinct, bool numerical, DriftTest expected)
    {
        var (reference, current) = numerical
            ? (Profiles.Numeric("x", Cycle(referenceRows, distinct).Select(v => (double)v)), Profiles.Numeric("x", Cycle(100, distinct).Select(v => (double)v)))
            : (Profiles.Categorical("x", Cycle(referenceRows, distinct).Select(v => $"c{v}")), Profiles.Categorical("x", Cycle(100, distinct).Select(v => $"c{v}")));

        var drift = ColumnDriftCalculator.Compute(reference, current, "feature");

        Assert.True(expected == drift.Test, $"{row}: expected {expected}, got {drift.Test}");
        Assert.Equal(DriftTests.DefaultThreshold(expected), drift.Threshold);
    }

    [Fact]
    public void Compute_ValuesOnlyInCurrent_CountTowardsDistinct()
    {
        // Two values in the reference and four more in the current make six: KS, not the Z-test.
        var drift = ColumnDriftCalculator.Compute(Profiles.Numeric("x", [0, 1, 0, 1]), Profiles.Numeric("x", [2, 3, 4, 5]), "feature");

        Assert.Equal(DriftTest.Ks, drift.Test);
        Assert.Equal(6, drift.DistinctValues);
    }

    private static IEnumerable<int> Cycle(int count, int distinct) => Enumerable.Range(0, count).Select(i => i % distinct);
}

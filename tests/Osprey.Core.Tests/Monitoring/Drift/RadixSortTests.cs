using Osprey.Core.Monitoring.Drift;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class RadixSortTests
{
    public static TheoryData<string, double[]> Cases() => new()
    {
        { "random", Random(1, 70_000, r => (r.NextDouble() - 0.5) * 1e6) },
        { "negative only", Random(2, 5_000, r => -r.NextDouble() * 1e3 - 1) },
        { "duplicates", Random(3, 20_000, r => r.Next(-50, 50) / 4.0) },
        { "subnormal and tiny", Random(4, 3_000, r => (r.NextDouble() - 0.5) * double.Epsilon * 1e6) },
        { "huge and extremes", [double.MaxValue, -double.MaxValue, 1e308, -1e308, double.Epsilon, -double.Epsilon, 0, 1, -1, 1e-308, -1e-308] },
        { "integers (constant low digits skipped)", Random(5, 10_000, r => r.Next(0, 1000)) },
        { "constant", Enumerable.Repeat(3.25, 1_000).ToArray() },
        { "already ascending", Enumerable.Range(0, 4_000).Select(i => i * 0.5 - 1000).ToArray() },
        { "descending", Enumerable.Range(0, 4_000).Select(i => 1000 - i * 0.5).ToArray() },
        { "two", [2, -2] },
        { "one", [7] },
        { "none", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sort_Values_GivesArraySortOrderWithTheSameBits(string name, double[] values)
    {
        var expected = (double[])values.Clone();
        Array.Sort(expected);
        var actual = (double[])values.Clone();

        RadixSort.Sort(actual, new ulong[actual.Length]);

        Assert.True(expected.SequenceEqual(actual), $"{name}: order differs from Array.Sort");
        Assert.Equal(Bits(values).Order(), Bits(actual).Order());
    }

    [Fact]
    public void Sort_SignedZeros_PutsNegativeZeroFirst()
    {
        double[] values = [0.0, -0.0, 1, -0.0, 0.0, -1];

        RadixSort.Sort(values, new ulong[values.Length]);

        Assert.Equal([-1, -0.0, -0.0, 0.0, 0.0, 1], values);
        Assert.Equal([true, true, false, false], values[1..5].Select(double.IsNegative));
    }

    [Fact]
    public void Sort_ScratchShorterThanValues_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => RadixSort.Sort(new double[10], new ulong[9]));

        Assert.Contains("scratch", error.Message, StringComparison.Ordinal);
    }

    private static double[] Random(int seed, int count, Func<Random, double> next)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => next(random)).ToArray();
    }

    private static IEnumerable<long> Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits);
}

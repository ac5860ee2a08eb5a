using Osprey.Core.Monitoring.Drift;
using Osprey.Core.Monitoring.Drift.Statistics;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class NumericSketchTests
{
    [Fact]
    public void Add_FewerDistinctValuesThanTheLimit_KeepsEveryValueAndCountExactly()
    {
        var random = new Random(81);
        var all = Enumerable.Range(0, 200_000).Select(_ => random.Next(-9_000, 9_000) / 8.0).ToArray();

        var sketch = Sketch(all, 65_536);

        var exact = WeightedSample.From(all);
        Assert.True(sketch.Exact);
        Assert.Equal(exact.Values, sketch.ToSample().Values);
        Assert.Equal(exact.Counts, sketch.ToSample().Counts);
        Assert.Equal(all.Min(), sketch.Min);
        Assert.Equal(all.Max(), sketch.Max);
        var mean = all.Average();
        Assert.Equal(Math.Sqrt(all.Sum(v => (v - mean) * (v - mean)) / all.Length), sketch.StandardDeviation, 1e-9);
    }

    [Fact]
    public void Add_ChunkAlreadySorted_GivesTheSameSketchAsShuffled()
    {
        var random = new Random(82);
        var shuffled = Enumerable.Range(0, 30_000).Select(_ => Math.Round(random.NextDouble() * 100, 1)).ToArray();
        var sorted = shuffled.Order().ToArray();

        var fromShuffled = Sketch(shuffled, 10_000).ToProfile();
        var fromSorted = Sketch(sorted, 10_000).ToProfile();

        Assert.Equal(fromShuffled.Values, fromSorted.Values);
        Assert.Equal(fromShuffled.Counts, fromSorted.Counts);
    }

    [Fact]
    public void Add_NegativeZeroNaNAndInfinity_ZerosFoldAndTheRestCountAsMissing()
    {
        var sketch = Sketch([0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 2], 4);

        var sample = sketch.ToSample();
        Assert.Equal([0.0, 2], sample.Values);
        Assert.Equal([3L, 1], sample.Counts);
        Assert.False(double.IsNegative(sample.Values[0]));
        Assert.Equal(3, sketch.Missing);
    }

    [Theory]
    [InlineData("shuffled", false)]
    [InlineData("sorted ascending", true)]
    public void Add_ManyDistinctValues_StaysBoundedAndCloseToTheExactEcdf(string name, bool sort)
    {
        var random = new Random(83);
        var all = Enumerable.Range(0, 400_000).Select(_ => random.NextDouble() + random.NextDouble() + random.NextDouble()).ToArray();
        if (sort)
        {
            Array.Sort(all);
        }

        var sketch = Sketch(all, 65_536);

        var sample = sketch.ToSample();
        var error = KolmogorovSmirnov.Statistic(sample, WeightedSample.From(all));
        Assert.False(sketch.Exact);
        Assert.InRange(sample.Values.Length, NumericSketch.MaxDistinct / 2, 2 * NumericSketch.MaxDistinct);
        Assert.True(error <= 3.0 / NumericSketch.MaxDistinct, $"{name}: ECDF off by {error}");
        Assert.Equal(all.Min(), sample.Values[0]);
        Assert.Equal(all.Max(), sample.Values[^1]);
        Assert.Equal(all.Length, sample.Count);
    }

    private static NumericSketch Sketch(double[] values, int chunkRows)
    {
        var sketch = new NumericSketch();
        for (var start = 0; start < values.Length; start += chunkRows)
        {
            sketch.Add(values.AsSpan(start, Math.Min(chunkRows, values.Length - start)).ToArray());
        }
        return sketch;
    }
}

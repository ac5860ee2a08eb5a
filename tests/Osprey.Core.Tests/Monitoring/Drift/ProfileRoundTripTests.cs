using Osprey.Core.Monitoring.Drift;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class ProfileRoundTripTests
{
    [Fact]
    public void FromJson_ProfileWrittenByToJson_GivesIdenticalDriftResults()
    {
        var columns = new[] { new ColumnSchema("x", ColumnType.Numerical), new ColumnSchema("c", ColumnType.Categorical) };
        var reference = Build(columns, 61, 0);
        var current = Build(columns, 62, 0.3);

        var restored = DataProfile.FromJson(reference.ToJson(), "memory");

        var direct = DriftJson.Write(DriftAnalyzer.Compare(reference, current, new DriftOptions()));
        var viaJson = DriftJson.Write(DriftAnalyzer.Compare(restored, current, new DriftOptions()));
        Assert.Equal(direct, viaJson);
        Assert.Equal(reference.ToJson(), restored.ToJson());
    }

    [Fact]
    public void ToJson_ManyDistinctValues_StaysBoundedAndMarksTheSketchInexact()
    {
        var columns = new[] { new ColumnSchema("x", ColumnType.Numerical) };
        var builder = new ProfileBuilder(columns);
        for (var chunk = 0; chunk < 10; chunk++)
        {
            builder.Add(new DataChunk(10_000, [TestVectors.Normalish(70 + chunk, 10_000, decimals: 9)], [null]));
        }

        var profile = builder.Build("big");

        var numeric = profile.Columns[0].Numeric!;
        Assert.False(numeric.Exact);
        Assert.InRange(numeric.Values.Length, NumericSketch.MaxDistinct / 2, NumericSketch.MaxDistinct + 2);
        Assert.Equal(100_000, numeric.Counts.Sum());
        Assert.True(numeric.Values.Zip(numeric.Values.Skip(1)).All(p => p.First < p.Second), "centroids stay strictly increasing");
    }

    [Fact]
    public void FromJson_NotAProfile_ThrowsNamingTheSource()
    {
        var error = Assert.Throws<OspreyException>(() => DataProfile.FromJson("[1, 2]", "ref.json"));

        Assert.Contains("ref.json", error.Message, StringComparison.Ordinal);
    }

    private static DataProfile Build(ColumnSchema[] columns, int seed, double shift)
    {
        var numbers = TestVectors.Normalish(seed, 3000, shift: shift, decimals: 3);
        var random = new Random(seed);
        var labels = Enumerable.Range(0, 3000).Select(_ => random.Next(10) == 0 ? null : $"k{random.Next(4)}").ToArray();
        var builder = new ProfileBuilder(columns);
        builder.Add(new DataChunk(3000, [numbers, null], [null, labels]));
        return builder.Build($"seed {seed}");
    }
}

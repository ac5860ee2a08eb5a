using Osprey.Core.Monitoring.Drift;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Drift;

public sealed class DriftAnalyzerTests
{
    [Fact]
    public void Compute_PValueEqualToThreshold_IsNotDrift()
    {
        var reference = Profiles.Numeric("x", TestVectors.Normalish(41, 200));
        var current = Profiles.Numeric("x", TestVectors.Normalish(42, 200, shift: 0.2));
        var p = ColumnDriftCalculator.Compute(reference, current, "feature").Statistic;

        Assert.False(ColumnDriftCalculator.Compute(reference, current, "feature", threshold: p).Drifted);
        Assert.True(ColumnDriftCalculator.Compute(reference, current, "feature", threshold: p * 1.0001).Drifted);
    }

    [Fact]
    public void Compute_DistanceEqualToThreshold_IsDrift()
    {
        var reference = Profiles.Numeric("x", TestVectors.Normalish(43, 3000));
        var current = Profiles.Numeric("x", TestVectors.Normalish(44, 3000, shift: 0.3));
        var distance = ColumnDriftCalculator.Compute(reference, current, "feature").Statistic;

        Assert.True(ColumnDriftCalculator.Compute(reference, current, "feature", threshold: distance).Drifted);
        Assert.False(ColumnDriftCalculator.Compute(reference, current, "feature", threshold: distance * 1.0001).Drifted);
    }

    [Fact]
    public void Compare_ColumnOverrides_ReplaceTestAndThreshold()
    {
        var reference = Table(TestVectors.Normalish(45, 3000), TestVectors.Normalish(46, 3000));
        var current = Table(TestVectors.Normalish(47, 3000, shift: 0.05), TestVectors.Normalish(48, 3000, shift: 0.05));
        var options = new DriftOptions
        {
            ColumnTests = new Dictionary<string, DriftTest> { ["a"] = DriftTest.Psi },
            Thresholds = new Dictionary<string, double> { ["b"] = 0.01 },
        };

        var result = DriftAnalyzer.Compare(reference, current, options);

        var a = result.Columns.Single(c => c.Column == "a");
        var b = result.Columns.Single(c => c.Column == "b");
        Assert.Equal(DriftTest.Psi, a.Test);
        Assert.Equal(0.1, a.Threshold);
        Assert.Equal(DriftTest.Wasserstein, b.Test);
        Assert.Equal(0.01, b.Threshold);
        Assert.True(b.Drifted, $"a shift of 0.05 sd is above a 0.01 threshold (statistic {b.Statistic})");
    }

    [Fact]
    public void Compare_ShareEqualToDriftShare_IsDatasetDrift()
    {
        var reference = Table(TestVectors.Normalish(49, 2000), TestVectors.Normalish(50, 2000));
        var current = Table(TestVectors.Normalish(51, 2000, shift: 2), TestVectors.Normalish(52, 2000));

        var result = DriftAnalyzer.Compare(reference, current, new DriftOptions { DriftShare = 0.5 });

        Assert.Equal(["a"], result.DriftedNames);
        Assert.Equal(0.5, result.DriftShare);
        Assert.True(result.DatasetDrift);
        Assert.False(DriftAnalyzer.Compare(reference, current, new DriftOptions { DriftShare = 0.51 }).DatasetDrift);
    }

    [Fact]
    public void Compare_AllNullCurrentColumn_IsUntestedAndLeftOutOfTheShare()
    {
        var reference = Table([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 7]);
        var current = Table([1, 2, 3, 4, 5, 6, 7], Enumerable.Repeat(double.NaN, 7).ToArray());

        var result = DriftAnalyzer.Compare(reference, current, new DriftOptions());

        var empty = result.Columns.Single(c => c.Column == "b");
        Assert.False(empty.Tested);
        Assert.False(empty.Drifted);
        Assert.True(double.IsNaN(empty.Statistic));
        Assert.Equal(7, empty.CurrentMissing);
        Assert.Equal(1, result.TestedColumns);
        Assert.Equal("Not tested: no current values", DriftReport.Verdict(empty));
    }

    [Fact]
    public void Compare_EmptyCategoricalReference_IsUntested()
    {
        var reference = Profiles.Table("c", null, [null, null]);
        var current = Profiles.Table("c", null, ["a", "b"]);

        var result = DriftAnalyzer.Compare(reference, current, new DriftOptions());

        Assert.False(result.Columns[0].Tested);
        Assert.False(result.DatasetDrift);
        Assert.Equal(0, result.TestedColumns);
    }

    [Fact]
    public void Compare_TargetNotInReference_ThrowsNamingIt()
    {
        var reference = Table([1, 2], [1, 2]);

        var error = Assert.Throws<OspreyException>(() => DriftAnalyzer.Compare(reference, reference, new DriftOptions { Target = "label" }));

        Assert.Contains("'label'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TargetAndPrediction_AreIncludedWithTheirRoles()
    {
        var reference = Table([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]);

        var result = DriftAnalyzer.Compare(reference, reference, new DriftOptions { Columns = ["a"], Target = "b" });

        Assert.Equal(["feature", "target"], result.Columns.Select(c => c.Role));
    }

    private static DataProfile Table(double[] a, double[] b)
    {
        var builder = new ProfileBuilder([new ColumnSchema("a", ColumnType.Numerical), new ColumnSchema("b", ColumnType.Numerical)]);
        builder.Add(new DataChunk(a.Length, [(double[])a.Clone(), (double[])b.Clone()], [null, null]));
        return builder.Build("t");
    }
}

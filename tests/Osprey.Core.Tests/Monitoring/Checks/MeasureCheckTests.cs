using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks;
using Xunit;
using static Osprey.Core.Tests.Monitoring.Checks.CheckTables;

namespace Osprey.Core.Tests.Monitoring.Checks;

public sealed class MeasureCheckTests
{
    private static readonly Table Sample = Of(Numbers("x", 1, 2, 3, 4, double.NaN, 10), Categories("c", "a", "b", "a", null, "c", "c"));

    [Fact]
    public void RowCount_Bounds_PassAndFail()
    {
        var result = Run(Sample, CheckSpec.RowCount(6, 6), CheckSpec.RowCount(min: 7));

        Assert.Equal([CheckStatus.Pass, CheckStatus.Fail], result.Checks.Select(c => c.Status));
        Assert.Equal(6, result.Checks[1].ObservedValue);
        Assert.Equal("6 is outside [7, ∞]", result.Checks[1].Message);
    }

    [Fact]
    public void Statistics_SkipMissingValues_AndMatchPandas()
    {
        var result = Run(Sample,
            CheckSpec.Statistic(CheckKind.Mean, "x", 0, 100), CheckSpec.Statistic(CheckKind.Median, "x", 0, 100),
            CheckSpec.Statistic(CheckKind.StdDev, "x", 0, 100), CheckSpec.Quantile("x", 0.9, 0, 100),
            CheckSpec.Statistic(CheckKind.DistinctCount, "c", 0, 100));

        // pandas: s.mean() 4.0, s.median() 3.0, s.std() 3.535534, s.quantile(0.9) 7.6, c.nunique() 3
        Assert.Equal(4.0, result.Checks[0].ObservedValue!.Value, 12);
        Assert.Equal(3.0, result.Checks[1].ObservedValue!.Value, 12);
        Assert.Equal(3.5355339059, result.Checks[2].ObservedValue!.Value, 9);
        Assert.Equal(7.6, result.Checks[3].ObservedValue!.Value, 12);
        Assert.Equal(3.0, result.Checks[4].ObservedValue);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.95)]
    [InlineData(1.0)]
    public void Quantile_ManyValuesWithRepeats_EqualsTheSortedDefinition(double q)
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 5001).Select(_ => random.Next(10) == 0 ? double.NaN : Math.Round(random.NextDouble() * 50)).ToArray();
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        double Expected(double p)
        {
            var position = p * (sorted.Length - 1);
            var below = (int)Math.Floor(position);
            return sorted[below] + ((position - below) * (sorted[Math.Min(below + 1, sorted.Length - 1)] - sorted[below]));
        }

        var result = Run(Of(Numbers("x", values)), CheckSpec.Quantile("x", q, null, 1000), CheckSpec.Statistic(CheckKind.Median, "x", null, 1000));

        Assert.Equal(Expected(q), result.Checks[0].ObservedValue!.Value, 12);
        Assert.Equal(Expected(0.5), result.Checks[1].ObservedValue!.Value, 12);
    }

    [Fact]
    public void Statistic_WarnBounds_WarnInsideFailBounds()
    {
        var check = CheckSpec.Statistic(CheckKind.Mean, "x", 0, 10) with { Warn = new WarnThresholds(Min: 5) };

        var result = One(Sample, check);

        Assert.Equal(CheckStatus.Warn, result.Status);
        Assert.Equal("4 is within [0, 10] but outside the warn bounds [5, ∞]", result.Message);
    }

    [Fact]
    public void Statistics_AllNullColumn_FailAsUndefinedButDistinctCountIsZero()
    {
        var table = Of(Numbers("x", double.NaN, double.NaN));

        var result = Run(table, CheckSpec.Statistic(CheckKind.Mean, "x", 0, 1), CheckSpec.Quantile("x", 0.5, 0, 1),
            CheckSpec.Statistic(CheckKind.DistinctCount, "x", 0, 0));

        Assert.Equal((CheckStatus.Fail, (double?)null), (result.Checks[0].Status, result.Checks[0].ObservedValue));
        Assert.Equal(CheckStatus.Fail, result.Checks[1].Status);
        Assert.Equal((CheckStatus.Pass, 0.0), (result.Checks[2].Status, result.Checks[2].ObservedValue));
    }

    [Fact]
    public void Measures_EmptyTable_HaveDefinedResults()
    {
        var table = Of(Numbers("x"), Dates("d"));

        var result = Run(table, CheckSpec.RowCount(min: 1), CheckSpec.Statistic(CheckKind.StdDev, "x", 0, 1), CheckSpec.Freshness("d", TimeSpan.FromDays(1)));

        Assert.Equal((CheckStatus.Fail, 0.0), (result.Checks[0].Status, result.Checks[0].ObservedValue!.Value));
        Assert.Equal("stddev is undefined: the column has no non-missing values", result.Checks[1].Message);
        Assert.Equal("freshness is undefined: the column has no dates", result.Checks[2].Message);
        Assert.Equal(0, result.Score);
    }

    [Fact]
    public void Freshness_NewestDateAgainstTheClock_PassWarnFail()
    {
        var table = Of(Dates("d", Now.AddDays(-3), Now.AddHours(-30), null));

        var result = Run(table,
            CheckSpec.Freshness("d", TimeSpan.FromDays(2)),
            CheckSpec.Freshness("d", TimeSpan.FromDays(2)) with { Warn = new WarnThresholds(MaxAge: TimeSpan.FromDays(1)) },
            CheckSpec.Freshness("d", TimeSpan.FromDays(1)));

        Assert.Equal([CheckStatus.Pass, CheckStatus.Warn, CheckStatus.Fail], result.Checks.Select(c => c.Status));
        Assert.Equal("1.25d", result.Checks[0].Observed);
        Assert.Equal(30 * 3600, result.Checks[0].ObservedValue);
    }

    [Fact]
    public void Schema_MissingAndWrongKindColumns_FailNamingEach()
    {
        var check = CheckSpec.Schema(new SchemaColumn("x", ColumnKind.Numeric), new SchemaColumn("c", ColumnKind.Numeric), new SchemaColumn("gone"));

        var result = One(Sample, check);
        var exact = One(Sample, CheckSpec.Schema(new SchemaColumn("x")) with { Exact = true });

        Assert.Equal(CheckStatus.Fail, result.Status);
        Assert.Equal("c is categorical, not numeric; gone is missing", result.Observed);
        Assert.Equal("c is not expected", exact.Observed);
    }

    [Fact]
    public void Run_UnknownColumnOrWrongKind_ThrowsNamingTheCheckAndColumns()
    {
        var unknown = Assert.Throws<OspreyException>(() => Run(Sample, CheckSpec.NotNull("tenure")));
        var wrongKind = Assert.Throws<OspreyException>(() => Run(Sample, CheckSpec.Statistic(CheckKind.Mean, "c", 0, 1)));

        Assert.Equal("check not_null(tenure) names column 'tenure', which data does not have; its columns are: x, c", unknown.Message);
        Assert.StartsWith("check mean(c) needs a numeric column, but c in data is categorical", wrongKind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidSpec_ThrowsListingProblems()
    {
        var error = Assert.Throws<OspreyException>(() => Run(Sample, CheckSpec.NotNull("x") with { Mostly = 2 }, CheckSpec.InRange("x", 5, 1)));

        Assert.Contains("checks[0] (not_null(x)).mostly must be between 0 and 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("checks[1] (in_range(x)).min must not be above max (5 > 1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_IsThePercentOfChecksThatPassed()
    {
        var result = Run(Sample, CheckSpec.RowCount(1), CheckSpec.NotNull("x") with { Level = CheckLevel.Warn }, CheckSpec.NotNull("c"), CheckSpec.Positive("x"));

        Assert.Equal((2, 1, 1, 50.0, CheckStatus.Fail), (result.Passed, result.Warned, result.Failed, result.Score, result.Status));
    }
}

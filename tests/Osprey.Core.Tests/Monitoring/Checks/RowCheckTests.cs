using Osprey.Core.Data;
using Osprey.Core.Monitoring.Checks;
using Xunit;
using static Osprey.Core.Tests.Monitoring.Checks.CheckTables;

namespace Osprey.Core.Tests.Monitoring.Checks;

public sealed class RowCheckTests
{
    [Fact]
    public void NotNull_MissingValues_FailsWithTheirRowNumbers()
    {
        var table = Of(Numbers("x", 1, double.NaN, 3, double.NaN), Categories("c", "a", "b", null, "a"));

        var result = Run(table, CheckSpec.NotNull("x"), CheckSpec.NotNull("c"));

        Assert.Equal([CheckStatus.Fail, CheckStatus.Fail], result.Checks.Select(c => c.Status));
        Assert.Equal((4L, 2L, 50.0), (result.Checks[0].Evaluated, result.Checks[0].UnexpectedCount, result.Checks[0].UnexpectedPercent));
        Assert.Equal([2L, 4L], result.Checks[0].Examples.Select(e => e.Row));
        Assert.Equal([3L], result.Checks[1].Examples.Select(e => e.Row));
    }

    [Fact]
    public void Unique_RepeatedValues_FailsEveryOccurrenceInRowOrder()
    {
        var table = Of(Texts("id", "a", "b", "a", null, null, "c", "a"), Numbers("n", 1, 2, 3, 2, double.NaN, double.NaN, 5));

        var result = Run(table, CheckSpec.Unique("id"), CheckSpec.Unique("n"));

        Assert.Equal((5L, 3L), (result.Checks[0].Evaluated, result.Checks[0].UnexpectedCount));
        Assert.Equal([1L, 3L, 7L], result.Checks[0].Examples.Select(e => e.Row));
        Assert.Equal("a", result.Checks[0].Examples[0].Value);
        Assert.Equal([2L, 4L], result.Checks[1].Examples.Select(e => e.Row));
    }

    [Fact]
    public void Unique_CategoricalRepeats_CountsFirstOccurrencesToo()
    {
        var result = One(Of(Categories("c", "x", "y", "x", "x")), CheckSpec.Unique("c"));

        Assert.Equal(3, result.UnexpectedCount);
        Assert.Equal([1L, 3L, 4L], result.Examples.Select(e => e.Row));
    }

    [Fact]
    public void InRange_InclusiveAndExclusiveBounds_DecideTheEdges()
    {
        var table = Of(Numbers("x", 0, 5, 10, double.NaN));

        var inclusive = One(table, CheckSpec.InRange("x", 0, 10));
        var exclusive = One(table, CheckSpec.InRange("x", 0, 10) with { MinInclusive = false, MaxInclusive = false });

        Assert.Equal((CheckStatus.Pass, 3L, 0L), (inclusive.Status, inclusive.Evaluated, inclusive.UnexpectedCount));
        Assert.Equal([1L, 3L], exclusive.Examples.Select(e => e.Row));
    }

    [Fact]
    public void InRange_TextThatIsNoNumber_Fails()
    {
        var result = One(Of(Texts("charges", "12.5", "1,889.50", "-3")), CheckSpec.InRange("charges", 0, null));

        Assert.Equal([2L, 3L], result.Examples.Select(e => e.Row));
        Assert.Equal("1,889.50", result.Examples[0].Value);
    }

    [Fact]
    public void Positive_ZeroAndNegatives_Fail()
    {
        var result = One(Of(Numbers("x", 1, 0, -2, 0.5)), CheckSpec.Positive("x"));

        Assert.Equal([2L, 3L], result.Examples.Select(e => e.Row));
    }

    [Fact]
    public void AllowedValues_CategoriesNumbersAndYesNo_CompareByValue()
    {
        var yesNo = new NumericColumn("churn", ColumnKind.Boolean, [1, 0, 1], ["No", "Yes"]);
        var table = Of(Categories("plan", "a", "b", "z"), Numbers("n", 1, 2.0, 3), yesNo);

        var result = Run(table, CheckSpec.AllowedValues("plan", "a", "b"), CheckSpec.AllowedValues("n", "1", "2"), CheckSpec.AllowedValues("churn", "Yes"));

        Assert.Equal([3L], result.Checks[0].Examples.Select(e => e.Row));
        Assert.Equal([3L], result.Checks[1].Examples.Select(e => e.Row));
        Assert.Equal([2L], result.Checks[2].Examples.Select(e => e.Row));
    }

    [Fact]
    public void Regex_ValuesNotMatching_Fail()
    {
        var result = One(Of(Texts("id", "7590-VHVEG", "bad", null, "5575-GNVDE")), CheckSpec.Matches("id", @"^\d{4}-[A-Z]{5}$"));

        Assert.Equal((3L, 1L), (result.Evaluated, result.UnexpectedCount));
        Assert.Equal(new FailingRow(2, "bad"), result.Examples.Single());
    }

    [Fact]
    public void Examples_ManyFailures_KeepsTheFirstTwentyWithOneBasedRows()
    {
        var values = Enumerable.Range(0, 100).Select(i => i % 3 == 0 ? -1.0 : 1.0).ToArray();

        var result = One(Of(Numbers("x", values)), CheckSpec.Positive("x"));

        Assert.Equal(34, result.UnexpectedCount);
        Assert.Equal(CheckResult.MaxExamples, result.Examples.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (3L * i) + 1), result.Examples.Select(e => e.Row));
    }

    [Fact]
    public void Mostly_AllowsAFractionOfFailures()
    {
        var table = Of(Numbers("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, double.NaN));

        var loose = One(table, CheckSpec.NotNull("x") with { Mostly = 0.9 });
        var strict = One(table, CheckSpec.NotNull("x") with { Mostly = 0.95 });

        Assert.Equal((CheckStatus.Pass, 1L), (loose.Status, loose.UnexpectedCount));
        Assert.Equal(CheckStatus.Fail, strict.Status);
    }

    [Fact]
    public void WarnThresholds_MissingOnlyTheWarnMostly_Warns()
    {
        var table = Of(Numbers("x", 1, 2, 3, double.NaN));

        var warned = One(table, CheckSpec.NotNull("x") with { Mostly = 0.5, Warn = new WarnThresholds(Mostly: 1) });
        var levelWarn = One(table, CheckSpec.NotNull("x") with { Level = CheckLevel.Warn });
        var failed = One(table, CheckSpec.NotNull("x") with { Mostly = 0.8, Warn = new WarnThresholds(Mostly: 1) });

        Assert.Equal([CheckStatus.Warn, CheckStatus.Warn, CheckStatus.Fail], new[] { warned.Status, levelWarn.Status, failed.Status });
    }

    [Fact]
    public void RowChecks_EmptyTable_PassWithNothingEvaluated()
    {
        var table = Of(Numbers("x"), Texts("t"));

        var result = Run(table, CheckSpec.NotNull("x"), CheckSpec.Unique("t"), CheckSpec.InRange("x", 0, 1), CheckSpec.Matches("t", "a"));

        Assert.All(result.Checks, c => Assert.Equal((CheckStatus.Pass, 0L, 0L, 0.0), (c.Status, c.Evaluated, c.UnexpectedCount, c.UnexpectedPercent)));
        Assert.Equal(100, result.Score);
    }

    [Fact]
    public void RowChecks_AllNullColumn_NotNullFailsOthersEvaluateNothing()
    {
        var table = Of(Numbers("x", double.NaN, double.NaN), Texts("t", null, null));

        var result = Run(table, CheckSpec.NotNull("x"), CheckSpec.Positive("x"), CheckSpec.AllowedValues("t", "a"), CheckSpec.Unique("t"));

        Assert.Equal((CheckStatus.Fail, 2L, 100.0), (result.Checks[0].Status, result.Checks[0].UnexpectedCount, result.Checks[0].UnexpectedPercent));
        Assert.All(result.Checks.Skip(1), c => Assert.Equal((CheckStatus.Pass, 0L), (c.Status, c.Evaluated)));
        Assert.Equal(75, result.Score);
    }
}

using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.Core.Tests.Tracking.Search.FilterTree;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class FilterFormatterTests
{
    private static readonly Comparison A = Metric("a", ComparisonOperator.Equal, 1);
    private static readonly Comparison B = Param("b", ComparisonOperator.Equal, "x");
    private static readonly Comparison C = Tag("c", ComparisonOperator.IsNull);

    [Fact]
    public void Format_Null_IsEmpty() => Assert.Equal(string.Empty, FilterFormatter.Format((FilterExpression?)null));

    [Fact]
    public void Format_OrInsideAnd_IsParenthesised() =>
        Assert.Equal("metrics.a = 1 AND (params.b = 'x' OR tags.c IS NULL)", FilterFormatter.Format(And(A, Or(B, C))));

    [Fact]
    public void Format_AndInsideOr_NeedsNoParentheses() =>
        Assert.Equal("metrics.a = 1 AND params.b = 'x' OR tags.c IS NULL", FilterFormatter.Format(Or(And(A, B), C)));

    [Fact]
    public void Format_RightNestedOr_KeepsParentheses() =>
        Assert.Equal("metrics.a = 1 OR (params.b = 'x' OR tags.c IS NULL)", FilterFormatter.Format(Or(A, Or(B, C))));

    [Fact]
    public void Format_NotOfGroup_ParenthesisesTheGroup()
    {
        Assert.Equal("NOT (metrics.a = 1 AND params.b = 'x')", FilterFormatter.Format(Not(And(A, B))));
        Assert.Equal("NOT metrics.a = 1 AND params.b = 'x'", FilterFormatter.Format(And(Not(A), B)));
        Assert.Equal("NOT NOT tags.c IS NULL", FilterFormatter.Format(Not(Not(C))));
    }

    [Theory]
    [InlineData(ComparisonOperator.Equal, "=")]
    [InlineData(ComparisonOperator.NotEqual, "!=")]
    [InlineData(ComparisonOperator.Less, "<")]
    [InlineData(ComparisonOperator.LessOrEqual, "<=")]
    [InlineData(ComparisonOperator.Greater, ">")]
    [InlineData(ComparisonOperator.GreaterOrEqual, ">=")]
    [InlineData(ComparisonOperator.Like, "LIKE")]
    [InlineData(ComparisonOperator.ILike, "ILIKE")]
    [InlineData(ComparisonOperator.In, "IN")]
    [InlineData(ComparisonOperator.NotIn, "NOT IN")]
    [InlineData(ComparisonOperator.IsNull, "IS NULL")]
    [InlineData(ComparisonOperator.IsNotNull, "IS NOT NULL")]
    public void Format_Operator_UsesFilterSpelling(ComparisonOperator op, string expected) =>
        Assert.Equal(expected, FilterFormatter.Format(op));

    [Theory]
    [InlineData(FieldKind.Metric, "f1", "metrics.f1")]
    [InlineData(FieldKind.Param, "lr-max", "params.lr-max")]
    [InlineData(FieldKind.Tag, "mlflow.runName", "tags.mlflow.runName")]
    [InlineData(FieldKind.Attribute, "start_time", "attributes.start_time")]
    [InlineData(FieldKind.Dataset, "digest", "datasets.digest")]
    [InlineData(FieldKind.Metric, "val loss", "metrics.`val loss`")]
    [InlineData(FieldKind.Tag, "odd`key", "tags.\"odd`key\"")]
    public void Format_Field_QuotesOnlyWhenNeeded(FieldKind kind, string key, string expected) =>
        Assert.Equal(expected, FilterFormatter.Format(new FieldRef(kind, key)));

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1670628787527d, "1670628787527")]
    [InlineData(1e21, "1E+21")]
    [InlineData(1e-7, "1E-07")]
    public void Format_Number_IsInvariantAndReparses(double number, string expected)
    {
        var text = FilterFormatter.Format(FilterValue.Of(number));

        Assert.Equal(expected, text);
        var reparsed = FilterParser.Parse($"metrics.m = {text}", SearchFieldSet.Runs);
        Assert.Equal(number, Assert.Single(Assert.IsType<Comparison>(reparsed.Value).Values).Number);
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", "'it''s'")]
    [InlineData(@"C:\path\", @"'C:\\path\\'")]
    [InlineData("", "''")]
    public void Format_String_EscapesQuotesAndBackslashes(string text, string expected)
    {
        var formatted = FilterFormatter.Format(FilterValue.Of(text));

        Assert.Equal(expected, formatted);
        var reparsed = FilterParser.Parse($"params.p = {formatted}", SearchFieldSet.Runs);
        Assert.Equal(text, Assert.Single(Assert.IsType<Comparison>(reparsed.Value).Values).Text);
    }

    [Fact]
    public void Format_InList_SeparatesWithCommas() =>
        Assert.Equal("tags.t NOT IN ('a', 'b', 'c')", FilterFormatter.Format(Tag("t", ComparisonOperator.NotIn, "a", "b", "c")));

    [Fact]
    public void Format_OrderByClause_NamesTheDirection()
    {
        Assert.Equal("metrics.f1 DESC", FilterFormatter.Format(new OrderByClause(new FieldRef(FieldKind.Metric, "f1"), false)));
        Assert.Equal("attributes.name ASC", FilterFormatter.Format(new OrderByClause(new FieldRef(FieldKind.Attribute, "name"), true)));
    }
}

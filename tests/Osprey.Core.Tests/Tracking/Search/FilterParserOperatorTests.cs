using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.Core.Tests.Tracking.Search.FilterTree;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class FilterParserOperatorTests
{
    [Theory]
    [InlineData("metrics.f1 = 0.7", "metrics.f1 = 0.7")]
    [InlineData("metrics.f1 == 0.7", "metrics.f1 = 0.7")]
    [InlineData("metrics.f1 != 0.7", "metrics.f1 != 0.7")]
    [InlineData("metrics.f1 <> 0.7", "metrics.f1 != 0.7")]
    [InlineData("metrics.f1 < 0.7", "metrics.f1 < 0.7")]
    [InlineData("metrics.f1 <= 0.7", "metrics.f1 <= 0.7")]
    [InlineData("metrics.f1 > 0.7", "metrics.f1 > 0.7")]
    [InlineData("metrics.f1 >= 0.7", "metrics.f1 >= 0.7")]
    [InlineData("metrics.f1 IN (0.5, 0.7)", "metrics.f1 IN (0.5, 0.7)")]
    [InlineData("metrics.f1 NOT IN (0.5)", "metrics.f1 NOT IN (0.5)")]
    [InlineData("metrics.f1 IS NULL", "metrics.f1 IS NULL")]
    [InlineData("metrics.f1 IS NOT NULL", "metrics.f1 IS NOT NULL")]
    public void Parse_MetricOperator_RendersCanonically(string filter, string expected) =>
        FilterAssert.Parses(filter, expected);

    [Theory]
    [InlineData("params.model = 'gbdt'", "params.model = 'gbdt'")]
    [InlineData("params.model != 'gbdt'", "params.model != 'gbdt'")]
    [InlineData("params.model LIKE 'gb%'", "params.model LIKE 'gb%'")]
    [InlineData("params.model ILIKE '%GB_T'", "params.model ILIKE '%GB_T'")]
    [InlineData("params.model IN ('gbdt', 'rf')", "params.model IN ('gbdt', 'rf')")]
    [InlineData("params.model NOT IN ('gbdt','rf')", "params.model NOT IN ('gbdt', 'rf')")]
    [InlineData("params.model IS NULL", "params.model IS NULL")]
    [InlineData("params.model IS NOT NULL", "params.model IS NOT NULL")]
    [InlineData("tags.team = 'ds'", "tags.team = 'ds'")]
    [InlineData("tags.team like 'd%'", "tags.team LIKE 'd%'")]
    [InlineData("tags.team in ('ds')", "tags.team IN ('ds')")]
    [InlineData("tags.team is not null", "tags.team IS NOT NULL")]
    public void Parse_StringFieldOperator_RendersCanonically(string filter, string expected) =>
        FilterAssert.Parses(filter, expected);

    [Theory]
    [InlineData("attributes.start_time >= 1670628787527", "attributes.start_time >= 1670628787527")]
    [InlineData("attributes.end_time < 1670628787527", "attributes.end_time < 1670628787527")]
    [InlineData("attributes.end_time IS NULL", "attributes.end_time IS NULL")]
    [InlineData("attributes.start_time IN (1, 2)", "attributes.start_time IN (1, 2)")]
    [InlineData("attributes.run_id IN ('a1', 'b2')", "attributes.run_id IN ('a1', 'b2')")]
    [InlineData("attributes.run_id NOT IN ('a1')", "attributes.run_id NOT IN ('a1')")]
    [InlineData("attributes.user_id LIKE 'ann%'", "attributes.user_id LIKE 'ann%'")]
    [InlineData("attributes.artifact_uri ILIKE 's3://%'", "attributes.artifact_uri ILIKE 's3://%'")]
    [InlineData("datasets.name = 'custom'", "datasets.name = 'custom'")]
    [InlineData("datasets.digest IN ('s8ds293b', 'jks834s2')", "datasets.digest IN ('s8ds293b', 'jks834s2')")]
    [InlineData("datasets.context NOT IN ('train')", "datasets.context NOT IN ('train')")]
    [InlineData("datasets.name ILIKE '%eval%'", "datasets.name ILIKE '%eval%'")]
    public void Parse_AttributeAndDatasetOperator_RendersCanonically(string filter, string expected) =>
        FilterAssert.Parses(filter, expected);

    [Fact]
    public void Parse_KeywordOperatorsInAnyCase_MapToTheSameOperators()
    {
        FilterAssert.ParsesTo("params.a Like 'x' AND params.b iLike 'y'",
            And(Param("a", ComparisonOperator.Like, "x"), Param("b", ComparisonOperator.ILike, "y")));
        FilterAssert.ParsesTo("params.a nOt In ('x') and params.b Is NoT nUlL",
            And(Param("a", ComparisonOperator.NotIn, "x"), Param("b", ComparisonOperator.IsNotNull)));
    }

    [Fact]
    public void Parse_OperatorWithoutSpaces_ReadsFieldOperatorAndValue()
    {
        FilterAssert.ParsesTo("metrics.f1>=0.7", Metric("f1", ComparisonOperator.GreaterOrEqual, 0.7));
        FilterAssert.ParsesTo("metrics.loss<-1", Metric("loss", ComparisonOperator.Less, -1));
        FilterAssert.ParsesTo("params.lr-max='1'", Param("lr-max", ComparisonOperator.Equal, "1"));
        FilterAssert.ParsesTo("params.a IN('x','y')", Param("a", ComparisonOperator.In, "x", "y"));
    }

    [Fact]
    public void Parse_IsNull_HasNoValues()
    {
        var result = FilterParser.Parse("tags.owner IS NULL", SearchFieldSet.Runs);

        var comparison = Assert.IsType<Comparison>(result.Value);
        Assert.Equal(ComparisonOperator.IsNull, comparison.Operator);
        Assert.Empty(comparison.Values);
        Assert.Equal(new FieldRef(FieldKind.Tag, "owner"), comparison.Field);
    }

    [Fact]
    public void Parse_InList_KeepsEveryValueInOrder()
    {
        var result = FilterParser.Parse("metrics.k IN ( 3 , 1,2 )", SearchFieldSet.Runs);

        var comparison = Assert.IsType<Comparison>(result.Value);
        Assert.Equal([FilterValue.Of(3), FilterValue.Of(1), FilterValue.Of(2)], comparison.Values);
    }
}

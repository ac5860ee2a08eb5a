using Osprey.Core.Tracking.Search;
using Xunit;
using static Osprey.Core.Tests.Tracking.Search.FilterTree;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class FilterParserPrecedenceTests
{
    private static readonly Comparison A = Metric("a", ComparisonOperator.Equal, 1);
    private static readonly Comparison B = Metric("b", ComparisonOperator.Equal, 2);
    private static readonly Comparison C = Metric("c", ComparisonOperator.Equal, 3);

    [Fact]
    public void Parse_OrThenAnd_AndBindsTighter() =>
        FilterAssert.ParsesTo("metrics.a = 1 or metrics.b = 2 and metrics.c = 3", Or(A, And(B, C)));

    [Fact]
    public void Parse_AndThenOr_AndBindsTighter() =>
        FilterAssert.ParsesTo("metrics.a = 1 and metrics.b = 2 or metrics.c = 3", Or(And(A, B), C));

    [Fact]
    public void Parse_ChainOfAnds_GroupsToTheLeft() =>
        FilterAssert.ParsesTo("metrics.a = 1 AND metrics.b = 2 AND metrics.c = 3", And(And(A, B), C));

    [Fact]
    public void Parse_ChainOfOrs_GroupsToTheLeft() =>
        FilterAssert.ParsesTo("metrics.a = 1 OR metrics.b = 2 OR metrics.c = 3", Or(Or(A, B), C));

    [Fact]
    public void Parse_Parentheses_OverridePrecedence() =>
        FilterAssert.ParsesTo("(metrics.a = 1 or metrics.b = 2) and metrics.c = 3", And(Or(A, B), C));

    [Fact]
    public void Parse_NotBeforeComparison_BindsTighterThanAnd() =>
        FilterAssert.ParsesTo("not metrics.a = 1 and metrics.b = 2", And(Not(A), B));

    [Fact]
    public void Parse_NotBeforeParentheses_NegatesTheGroup() =>
        FilterAssert.ParsesTo("NOT (metrics.a = 1 OR metrics.b = 2)", Not(Or(A, B)));

    [Fact]
    public void Parse_DoubleNot_KeepsBothNegations() =>
        FilterAssert.ParsesTo("NOT NOT metrics.a = 1", Not(Not(A)));

    [Fact]
    public void Parse_NotWithoutSpaceBeforeParenthesis_IsKeyword() =>
        FilterAssert.ParsesTo("NOT(metrics.a = 1)", Not(A));

    [Fact]
    public void Parse_NestedParentheses_Unwrap() =>
        FilterAssert.ParsesTo("((metrics.a = 1)) and (((metrics.b = 2) or (metrics.c = 3)))", And(A, Or(B, C)));

    [Fact]
    public void Parse_DeepNestingWithinLimit_Succeeds()
    {
        var depth = FilterParser.MaxDepth;
        var filter = new string('(', depth) + "metrics.a = 1" + new string(')', depth);

        FilterAssert.ParsesTo(filter, A);
    }

    [Fact]
    public void Parse_NestingBeyondLimit_FailsAtTheFirstParenthesisTooMany()
    {
        var depth = FilterParser.MaxDepth + 1;
        var filter = new string('(', depth) + "metrics.a = 1" + new string(')', depth);

        FilterAssert.Fails(filter, FilterParser.MaxDepth, "nests parentheses or NOT more than 64 levels");
    }

    [Fact]
    public void Parse_MixedPrecedence_RendersWithMinimalParentheses()
    {
        FilterAssert.Parses(
            "metrics.a = 1 and (metrics.b = 2 or not (metrics.c = 3 and metrics.a = 1))",
            "metrics.a = 1 AND (metrics.b = 2 OR NOT (metrics.c = 3 AND metrics.a = 1))");
        FilterAssert.Parses(
            "(metrics.a = 1 and metrics.b = 2) or metrics.c = 3",
            "metrics.a = 1 AND metrics.b = 2 OR metrics.c = 3");
    }

    [Fact]
    public void Parse_RightGroupedAnd_KeepsItsParenthesesToPreserveTheTree() =>
        FilterAssert.Parses("metrics.a = 1 and (metrics.b = 2 and metrics.c = 3)", "metrics.a = 1 AND (metrics.b = 2 AND metrics.c = 3)");

    [Fact]
    public void Parse_KeywordsAsPartOfLongerWords_AreNotKeywords()
    {
        FilterAssert.ParsesTo("params.order = 'x' and params.android = 'y'",
            And(Param("order", ComparisonOperator.Equal, "x"), Param("android", ComparisonOperator.Equal, "y")));
        FilterAssert.ParsesTo("tags.note IN ('x') or tags.isolated IS NULL",
            Or(Tag("note", ComparisonOperator.In, "x"), Tag("isolated", ComparisonOperator.IsNull)));
    }
}

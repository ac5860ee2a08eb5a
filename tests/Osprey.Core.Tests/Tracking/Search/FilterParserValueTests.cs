using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class FilterParserValueTests
{
    [Theory]
    [InlineData("0", 0d)]
    [InlineData("42", 42d)]
    [InlineData("-3", -3d)]
    [InlineData("0.75", 0.75)]
    [InlineData(".5", 0.5)]
    [InlineData("-.5", -0.5)]
    [InlineData("5.", 5d)]
    [InlineData("1e3", 1000d)]
    [InlineData("1E+3", 1000d)]
    [InlineData("2.5e-3", 0.0025)]
    [InlineData("-1.5E2", -150d)]
    [InlineData("1670628787527", 1670628787527d)]
    public void Parse_NumberForm_ReadsTheNumber(string literal, double expected)
    {
        var value = SingleValue($"metrics.m = {literal}");

        Assert.True(value.IsNumber);
        Assert.Equal(expected, value.Number);
    }

    [Theory]
    [InlineData("'gbdt'", "gbdt")]
    [InlineData("\"gbdt\"", "gbdt")]
    [InlineData("''", "")]
    [InlineData("'it''s'", "it's")]
    [InlineData("\"say \"\"hi\"\"\"", "say \"hi\"")]
    [InlineData(@"'it\'s'", "it's")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"'back\\slash'", @"back\slash")]
    [InlineData(@"'100\%'", @"100\%")]
    [InlineData("'a \"quoted\" word'", "a \"quoted\" word")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("'  spaced  '", "  spaced  ")]
    [InlineData("'AND OR NOT ( )'", "AND OR NOT ( )")]
    [InlineData("'ünïcödé ✓'", "ünïcödé ✓")]
    public void Parse_StringForm_DecodesTheText(string literal, string expected)
    {
        var value = SingleValue($"params.p = {literal}");

        Assert.False(value.IsNumber);
        Assert.Equal(expected, value.Text);
    }

    [Fact]
    public void Parse_NumberLookingString_StaysAString() =>
        Assert.Equal(FilterValue.Of("0.001"), SingleValue("params.lr = '0.001'"));

    [Fact]
    public void Parse_StatusInAnyCase_IsNormalisedToMlflowSpelling()
    {
        FilterAssert.Parses("status = 'finished'", "attributes.status = 'FINISHED'");
        FilterAssert.Parses("status IN ('running', 'Failed')", "attributes.status IN ('RUNNING', 'FAILED')");
    }

    [Fact]
    public void Parse_StatusLikePattern_IsNotCheckedAgainstStatuses() =>
        FilterAssert.Parses("status LIKE 'FIN%'", "attributes.status LIKE 'FIN%'");

    [Fact]
    public void Parse_EscapedQuotes_RoundTripThroughTheFormatter() =>
        FilterAssert.Parses(@"params.p = 'it''s a \\ path' and params.q = ""x'y""", @"params.p = 'it''s a \\ path' AND params.q = 'x''y'");

    [Fact]
    public void Parse_StringsContainingKeywordsAndParentheses_DoNotConfuseTheGrammar() =>
        FilterAssert.Parses("tags.note = ') or (' and tags.x = 'NOT'", "tags.note = ') or (' AND tags.x = 'NOT'");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    [InlineData(null)]
    public void Parse_BlankFilter_IsSuccessWithNoExpression(string? filter)
    {
        var result = FilterParser.Parse(filter, SearchFieldSet.Runs);

        Assert.True(result.Success);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Parse_SurroundingWhitespaceAndNewlines_AreIgnored() =>
        FilterAssert.Parses("\n  metrics.f1 >\t0.7\r\n  AND\nparams.m = 'x'  ", "metrics.f1 > 0.7 AND params.m = 'x'");

    private static FilterValue SingleValue(string filter)
    {
        var result = FilterParser.Parse(filter, SearchFieldSet.Runs);
        Assert.True(result.Success, $"'{filter}' failed {result.Error}");
        return Assert.Single(Assert.IsType<Comparison>(result.Value).Values);
    }
}

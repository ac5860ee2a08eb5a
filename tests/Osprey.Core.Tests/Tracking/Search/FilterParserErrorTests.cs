using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

public sealed class FilterParserErrorTests
{
    [Theory]
    [InlineData("metrics.f1 >", 12, "expected a value after '>' but found end of filter")]
    [InlineData("metrics.f1 > -", 13, "expected a value after '>' but found '-'")]
    [InlineData("params.m = gbdt", 11, "expected a quoted string or a number after '=' but found 'gbdt'")]
    [InlineData("tags.x = NULL", 9, "to test for a missing value use IS NULL or IS NOT NULL")]
    [InlineData("params.m = 'abc", 11, "unterminated string starting here")]
    [InlineData("tags.x = \"abc", 9, "unterminated string starting here")]
    [InlineData("params.m = 'it''s", 11, "unterminated string starting here")]
    [InlineData("metrics.f1 > 0.7abc", 13, "'0.7abc' is not a number")]
    [InlineData("metrics.f1 > 1e", 13, "'1e' is not a number")]
    [InlineData("metrics.f1 > 1e999", 13, "the number 1e999 is out of range")]
    public void Parse_BadValue_FailsAtTheValue(string filter, int position, string message) =>
        FilterAssert.Fails(filter, position, message);

    [Theory]
    [InlineData("metrics.f1 > '0.7'", 13, "metrics compare with numbers, not strings: use metrics.f1 > 0.7")]
    [InlineData("metrics.f1 > 'abc'", 13, "metrics compare with numbers, not strings")]
    [InlineData("metrics.m IN (1, '2')", 17, "metrics compare with numbers, not strings: write 2 instead of '2'")]
    [InlineData("attributes.start_time > '5'", 24, "attribute start_time compares with numbers, not strings: use attributes.start_time > 5")]
    [InlineData("params.depth = 5", 15, "params compare with quoted strings, not numbers: use params.depth = '5'")]
    [InlineData("tags.x IN ('a', 5)", 16, "tags compare with quoted strings, not numbers: write '5' instead of 5")]
    [InlineData("run_id = 7", 9, "attribute run_id compares with quoted strings, not numbers")]
    [InlineData("datasets.digest = 1", 18, "datasets.digest compares with quoted strings, not numbers")]
    [InlineData("status = 'DONE'", 9, "unknown status 'DONE' (expected RUNNING, SCHEDULED, FINISHED, FAILED or KILLED)")]
    [InlineData("status NOT IN ('FINISHED', 'done')", 27, "unknown status 'done'")]
    public void Parse_ValueOfTheWrongType_FailsAtTheValue(string filter, int position, string message) =>
        FilterAssert.Fails(filter, position, message);

    [Theory]
    [InlineData("metrics.f1 LIKE 'x'", 11, "'LIKE' is not allowed for metrics (allowed: =, !=, <, <=, >, >=, IN, NOT IN, IS NULL, IS NOT NULL)")]
    [InlineData("metrics.f1 ilike 'x'", 11, "'ilike' is not allowed for metrics")]
    [InlineData("params.m > 'a'", 9, "'>' is not allowed for params (allowed: =, !=, LIKE, ILIKE, IN, NOT IN, IS NULL, IS NOT NULL)")]
    [InlineData("tags.t <= 'a'", 7, "'<=' is not allowed for tags")]
    [InlineData("attributes.run_name < 'a'", 20, "'<' is not allowed for attribute run_name")]
    [InlineData("attributes.start_time LIKE '1%'", 22, "'LIKE' is not allowed for attribute start_time")]
    [InlineData("datasets.name IS NULL", 14, "'IS NULL' is not allowed for datasets.name (allowed: =, !=, LIKE, ILIKE, IN, NOT IN)")]
    [InlineData("datasets.name > 'a'", 14, "'>' is not allowed for datasets.name")]
    public void Parse_OperatorNotAllowedForField_FailsAtTheOperator(string filter, int position, string message) =>
        FilterAssert.Fails(filter, position, message);

    [Theory]
    [InlineData("metrics.f1 0.7", 11, "expected an operator (=, !=, <, <=, >, >=, LIKE, ILIKE, IN, NOT IN, IS NULL or IS NOT NULL) after 'metrics.f1' but found '0.7'")]
    [InlineData("metrics.f1", 10, "after 'metrics.f1' but found end of filter")]
    [InlineData("metrics.f1 =< 1", 11, "unknown operator '=<'")]
    [InlineData("metrics.f1 ! 1", 11, "unknown operator '!'")]
    [InlineData("tags.x IS 'a'", 10, "expected NULL or NOT NULL after IS but found 'a'")]
    [InlineData("tags.x IS NOT 5", 14, "expected NULL after IS NOT but found '5'")]
    [InlineData("tags.x NOT LIKE 'a'", 11, "NOT LIKE is not supported: write NOT (tags.x LIKE '...') instead")]
    [InlineData("tags.x NOT = 'a'", 11, "expected IN after NOT but found '='")]
    [InlineData("tags.x IN 'a'", 10, "expected '(' and a list of values after IN but found 'a'")]
    [InlineData("tags.x IN ()", 11, "expected at least one value in the list but found ')'")]
    [InlineData("tags.x IN ('a',)", 15, "expected a value after ',' but found ')'")]
    [InlineData("tags.x IN ('a' 'b')", 15, "expected ',' or ')' in the list but found 'b'")]
    [InlineData("tags.x IN ('a'", 14, "expected ',' or ')' in the list but found end of filter")]
    [InlineData("tags.x IN (", 11, "expected a value after '(' but found end of filter")]
    public void Parse_BadOperatorOrList_FailsWhereItGoesWrong(string filter, int position, string message) =>
        FilterAssert.Fails(filter, position, message);

    [Theory]
    [InlineData("(metrics.a = 1", 14, "expected AND, OR or ')' to close the '(' at column 1 but found end of filter")]
    [InlineData("metrics.a = 1 and (metrics.b = 2 metrics.c = 3", 33, "to close the '(' at column 19 but found 'metrics.c'")]
    [InlineData("metrics.a = 1)", 13, "found ')' without a matching '('")]
    [InlineData("metrics.a = 1 metrics.b = 2", 14, "expected AND, OR or the end of the filter but found 'metrics.b'")]
    [InlineData("params.m = 'a' && params.n = 'b'", 15, "expected AND, OR or the end of the filter but found '&'")]
    [InlineData("metrics.a = 1 and", 17, "expected a field such as metrics.f1, params.model or tags.team but found end of filter")]
    [InlineData("metrics.a = 1 or or metrics.b = 2", 17, "expected a field such as metrics.f1, params.model or tags.team but found 'or'")]
    [InlineData("and metrics.a = 1", 0, "expected a field such as metrics.f1, params.model or tags.team but found 'and'")]
    [InlineData("()", 1, "expected a field such as metrics.f1, params.model or tags.team but found ')'")]
    [InlineData("NOT", 3, "expected a field such as metrics.f1, params.model or tags.team but found end of filter")]
    [InlineData("> 1", 0, "expected a field such as metrics.f1, params.model or tags.team but found '>'")]
    public void Parse_BrokenStructure_FailsWhereItGoesWrong(string filter, int position, string message) =>
        FilterAssert.Fails(filter, position, message);

    [Theory]
    [InlineData("colour = 'red'", 0, "unknown attribute 'colour' (known: run_id, run_name, status, start_time, end_time, user_id, artifact_uri); name metrics, params and tags with a prefix, e.g. metrics.colour")]
    [InlineData("attributes.colour = 'red'", 11, "unknown attribute 'colour' (known: run_id, run_name, status, start_time, end_time, user_id, artifact_uri)")]
    [InlineData("metric_s.f1 > 1", 0, "unknown field prefix 'metric_s' (expected metrics., params., tags., attributes. or datasets.)")]
    [InlineData("datasets.size = 'x'", 9, "unknown dataset field 'size' (known: name, digest, context)")]
    [InlineData("metrics. > 1", 8, "expected a name after 'metrics.' but found a space")]
    [InlineData("metrics.`val loss > 1", 8, "unterminated quoted name starting here")]
    [InlineData("`status = 'x'", 0, "unterminated quoted name starting here")]
    [InlineData("metrics.`` > 1", 8, "expected a name between the quotes")]
    [InlineData("metrics.`a:b` > 1", 10, "a name may contain only letters, digits, spaces and _ - . / but found ':'")]
    public void Parse_UnknownOrMalformedField_FailsAtTheField(string filter, int position, string message) =>
        FilterAssert.Fails(filter, position, message);

    [Fact]
    public void Parse_NotNestedBeyondLimit_FailsAtTheNotTooMany()
    {
        var filter = string.Concat(Enumerable.Repeat("NOT ", FilterParser.MaxDepth + 1)) + "metrics.a = 1";

        FilterAssert.Fails(filter, FilterParser.MaxDepth * 4, "more than 64 levels");
    }

    [Fact]
    public void Parse_Error_RendersOneBasedColumn()
    {
        var error = FilterAssert.Fails("metrics.f1 >", 12, "expected a value");

        Assert.Equal("at column 13: expected a value after '>' but found end of filter", error.ToString());
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsTheFirst() =>
        FilterAssert.Fails("colour = 'red' and metrics.f1 > 'x'", 0, "unknown attribute 'colour'");

    [Fact]
    public void Parse_LongToken_IsShortenedInTheMessage()
    {
        var filter = "metrics.f1 " + new string('x', 100);

        var error = FilterAssert.Fails(filter, 11, "but found 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...'");

        Assert.True(error.Message.Length < 200, error.Message);
    }
}

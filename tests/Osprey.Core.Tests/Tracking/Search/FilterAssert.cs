using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

/// <summary>Assertions over parsed filters: canonical rendering, round trips through the formatter and error positions.</summary>
internal static class FilterAssert
{
    /// <summary>Parses <paramref name="filter"/>, checks it renders as <paramref name="expected"/>, and that the rendering parses back to the same tree.</summary>
    public static FilterExpression Parses(string filter, string expected, SearchFieldSet? fields = null)
    {
        fields ??= SearchFieldSet.Runs;
        var result = FilterParser.Parse(filter, fields);
        Assert.True(result.Success, $"'{filter}' failed {result.Error}");
        var expression = Assert.IsAssignableFrom<FilterExpression>(result.Value);
        Assert.Equal(expected, FilterFormatter.Format(expression));

        var reparsed = FilterParser.Parse(expected, fields);
        Assert.True(reparsed.Success, $"canonical '{expected}' failed {reparsed.Error}");
        Assert.True(FilterTree.Equal(expression, reparsed.Value), $"'{expected}' parsed back to {FilterFormatter.Format(reparsed.Value)}");
        return expression;
    }

    /// <summary>Parses <paramref name="filter"/> and checks it equals <paramref name="expected"/> node for node.</summary>
    public static void ParsesTo(string filter, FilterExpression expected, SearchFieldSet? fields = null)
    {
        var result = FilterParser.Parse(filter, fields ?? SearchFieldSet.Runs);
        Assert.True(result.Success, $"'{filter}' failed {result.Error}");
        Assert.True(
            FilterTree.Equal(expected, result.Value),
            $"expected {FilterFormatter.Format(expected)} but parsed {FilterFormatter.Format(result.Value)}");
    }

    /// <summary>Checks that <paramref name="filter"/> fails at <paramref name="position"/> with a message containing <paramref name="message"/>.</summary>
    public static ParseError Fails(string filter, int position, string message, SearchFieldSet? fields = null)
    {
        var result = FilterParser.Parse(filter, fields ?? SearchFieldSet.Runs);
        Assert.False(result.Success, $"'{filter}' parsed as {FilterFormatter.Format(result.Value)}");
        var error = result.Error!;
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(position, error.Position);
        return error;
    }
}

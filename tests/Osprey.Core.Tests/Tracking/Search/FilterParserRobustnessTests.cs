using System.Text;
using Osprey.Core.Tracking.Search;
using Xunit;

namespace Osprey.Core.Tests.Tracking.Search;

/// <summary>Throws thousands of generated filters at the parser, valid ones and damaged copies of them: none may throw,
/// every error points inside the text, and every accepted filter survives a trip through the formatter.</summary>
public sealed class FilterParserRobustnessTests
{
    private static readonly string[] Comparisons =
    [
        "metrics.f1 > 0.7", "metric.`val loss` <= -1e-3", "params.model = 'gbdt'", "param.\"lr-max\" != \"0.1\"",
        "tags.`a b` IN ('x', 'it''s')", "tags.team NOT IN (\"ds\")", "status = 'finished'", "run name LIKE 'a%'",
        "created >= 1670628787527", "attributes.end_time IS NULL", "datasets.name ILIKE '%eval%'", "tags.t IS NOT NULL",
        "metrics.k IN (1, 2.5, -3)", "user_id <> 'ann'",
    ];

    private static readonly string Noise = "'\"`()=<>!,. -_aZ09\\\t";

    [Fact]
    public void Parse_GeneratedValidFilters_RoundTripThroughTheFormatter()
    {
        var random = new Random(20261121);
        for (var i = 0; i < 3_000; i++)
        {
            var filter = Generate(random, depth: 0);

            var result = FilterParser.Parse(filter, SearchFieldSet.Runs);

            Assert.True(result.Success, $"'{filter}' failed {result.Error}");
            AssertRoundTrips(filter, result.Value);
        }
    }

    [Fact]
    public void Parse_DamagedFilters_NeverThrowAndPointInsideTheText()
    {
        var random = new Random(42);
        var rejected = 0;
        for (var i = 0; i < 10_000; i++)
        {
            var filter = Damage(random, Generate(random, depth: 0));

            var result = FilterParser.Parse(filter, SearchFieldSet.Runs);

            if (result.Success)
            {
                AssertRoundTrips(filter, result.Value);
                continue;
            }

            rejected++;
            Assert.InRange(result.Error!.Position, 0, filter.Length);
            Assert.False(string.IsNullOrWhiteSpace(result.Error.Message));
        }

        Assert.True(rejected > 1_000, $"only {rejected} damaged filters were rejected; the damage no longer exercises errors");
    }

    [Fact]
    public void Parse_DamagedOrderBy_NeverThrowsAndPointsInsideTheText()
    {
        var random = new Random(7);
        string[] keys = ["metrics.f1 DESC", "attributes.start_time", "tags.`a b` asc", "run name DESC", "params.m"];
        for (var i = 0; i < 5_000; i++)
        {
            var text = Damage(random, keys[random.Next(keys.Length)]);

            var result = OrderByParser.Parse(text, SearchFieldSet.Runs);

            Assert.True(result.Success || result.Error!.Position <= text.Length, text);
        }
    }

    private static string Generate(Random random, int depth)
    {
        var roll = depth > 3 ? 0 : random.Next(6);
        return roll switch
        {
            1 => $"{Generate(random, depth + 1)}{Spaced(random, "AND")}{Generate(random, depth + 1)}",
            2 => $"{Generate(random, depth + 1)}{Spaced(random, "or")}{Generate(random, depth + 1)}",
            3 => $"NOT {Generate(random, depth + 1)}",
            4 => $"({Generate(random, depth + 1)})",
            _ => Comparisons[random.Next(Comparisons.Length)],
        };
    }

    private static string Spaced(Random random, string keyword) =>
        random.Next(2) == 0 ? $" {keyword} " : $"\n\t{keyword.ToLowerInvariant()}  ";

    private static string Damage(Random random, string text)
    {
        var builder = new StringBuilder(text);
        for (var edits = random.Next(1, 4); edits > 0 && builder.Length > 0; edits--)
        {
            var at = random.Next(builder.Length);
            if (random.Next(2) == 0)
            {
                builder.Remove(at, 1);
            }
            else
            {
                builder.Insert(at, Noise[random.Next(Noise.Length)]);
            }
        }

        return builder.ToString();
    }

    private static void AssertRoundTrips(string filter, FilterExpression? expression)
    {
        var canonical = FilterFormatter.Format(expression);
        var reparsed = FilterParser.Parse(canonical, SearchFieldSet.Runs);
        Assert.True(reparsed.Success, $"'{filter}' rendered as '{canonical}', which failed {reparsed.Error}");
        Assert.True(FilterTree.Equal(expression, reparsed.Value), $"'{filter}' rendered as '{canonical}', which parsed differently");
    }
}

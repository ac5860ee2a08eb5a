using Osprey.Core.Alerting.Rules;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Rules;

public sealed class WindowFunctionTests
{
    private static readonly List<(long, double)> Samples = [(1_000, 4), (2_000, 1), (3_000, 3), (4_000, 2)];

    [Theory]
    [InlineData("avg", 2.5)]
    [InlineData("max", 4)]
    [InlineData("min", 1)]
    [InlineData("last", 2)]
    [InlineData("quantile(0.5)", 2.5)]
    [InlineData("quantile(1)", 4)]
    [InlineData("p99", 3.97)]
    [InlineData("age", 6)]
    public void Apply_FourSamples_ReturnsExpected(string function, double expected)
    {
        var value = WindowFunction.Parse(function)!.Apply(Samples, 10_000, TimeSpan.FromSeconds(10));

        Assert.Equal(expected, value!.Value, 6);
    }

    [Fact]
    public void Rate_CounterWithReset_CountsIncreaseAcrossReset()
    {
        List<(long, double)> counter = [(0, 10), (10_000, 15), (20_000, 2), (30_000, 5)];

        var rate = WindowFunction.Parse("rate")!.Apply(counter, 30_000, TimeSpan.FromSeconds(100));

        Assert.Equal(0.1, rate!.Value, 6);
    }

    [Fact]
    public void Apply_NoSamples_ReturnsNull() =>
        Assert.Null(WindowFunction.Parse("avg")!.Apply([], 0, TimeSpan.FromMinutes(1)));

    [Theory]
    [InlineData("median")]
    [InlineData("quantile(2)")]
    [InlineData("p0")]
    public void Parse_Unknown_ReturnsNull(string text) => Assert.Null(WindowFunction.Parse(text));

    [Fact]
    public void SelectorParse_AllMatcherKinds_MatchAsPrometheus()
    {
        var selector = SeriesSelector.Parse("latency{model=\"churn\",env!=\"dev\",route=~\"/pred.*\",zone!~\"eu-.*\"}", out var error)!;

        Assert.Null(error);
        Assert.True(selector.Matches(new Dictionary<string, string> { ["model"] = "churn", ["route"] = "/predict", ["zone"] = "us-1" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["model"] = "churn", ["route"] = "/predict", ["env"] = "dev" }));
        Assert.False(selector.Matches(new Dictionary<string, string> { ["model"] = "churn", ["route"] = "/predict", ["zone"] = "eu-2" }));
        Assert.Equal(new Dictionary<string, string> { ["model"] = "churn" }, selector.EqualityMatch);
    }

    [Theory]
    [InlineData("9lives")]
    [InlineData("latency{model=churn}")]
    [InlineData("latency{model=\"churn\"")]
    public void SelectorParse_Malformed_ReturnsError(string text)
    {
        Assert.Null(SeriesSelector.Parse(text, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}

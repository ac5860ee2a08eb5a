using Osprey.Core.Monitoring.Performance;
using Xunit;

namespace Osprey.Core.Tests.Monitoring.Performance;

public sealed class PerformanceThresholdTests
{
    [Theory]
    [InlineData("f1=0.6", "f1", "<", 0.6)]
    [InlineData("rmse=2.5", "rmse", ">", 2.5)]
    [InlineData("f1 < 0.6", "f1", "<", 0.6)]
    [InlineData("model_accuracy<=0.8", "accuracy", "<=", 0.8)]
    [InlineData("mae >= 3", "mae", ">=", 3)]
    public void Parse_Forms_ReadMetricComparisonAndValue(string text, string metric, string comparison, double value) =>
        Assert.Equal(new PerformanceThreshold(metric, comparison, value), PerformanceThreshold.Parse(text));

    [Theory]
    [InlineData("f1")]
    [InlineData("f1=high")]
    [InlineData("=0.5")]
    [InlineData("loss=0.5")]
    public void Parse_Malformed_ThrowsInvalidParameterQuotingTheText(string text)
    {
        var failure = Assert.Throws<OspreyException>(() => PerformanceThreshold.Parse(text));

        Assert.Equal(ErrorCode.InvalidParameter, failure.Code);
        Assert.Contains($"'{text}'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsBreachedBy_FloorAndNaN_BreachesOnlyBelow()
    {
        var floor = PerformanceThreshold.Parse("f1=0.6");

        Assert.True(floor.IsBreachedBy(0.59));
        Assert.False(floor.IsBreachedBy(0.6));
        Assert.False(floor.IsBreachedBy(double.NaN));
    }
}

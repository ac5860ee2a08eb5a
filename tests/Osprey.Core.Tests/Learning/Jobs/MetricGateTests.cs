using Osprey.Core.Learning.Jobs;
using Xunit;

namespace Osprey.Core.Tests.Learning.Jobs;

public sealed class MetricGateTests
{
    private static readonly Dictionary<string, double> Metrics = new() { ["f1"] = 0.55, ["log_loss"] = 0.42, ["roc_auc"] = 0.84 };

    [Theory]
    [InlineData("f1=0.6", "f1", 0.6)]
    [InlineData(" test_F1 = 0.6 ", "f1", 0.6)]
    [InlineData("roc_auc=8e-1", "roc_auc", 0.8)]
    public void Parse_MetricAndNumber_ReadsThem(string text, string metric, double threshold)
    {
        var gate = MetricGate.Parse(text, isMinimum: true);

        Assert.Equal((metric, threshold, true), (gate.Metric, gate.Threshold, gate.IsMinimum));
    }

    [Theory]
    [InlineData("f1", "must look like metric=value")]
    [InlineData("=0.5", "must look like metric=value")]
    [InlineData("f2=0.5", "the metric 'f2'")]
    [InlineData("f1=", "needs a number")]
    [InlineData("f1=NaN", "needs a number")]
    public void Parse_Malformed_ExplainsWhat(string text, string expected)
    {
        var error = Assert.Throws<OspreyException>(() => MetricGate.Parse(text, isMinimum: false));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("--max-metric", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MinimumAndMaximum_NameMetricValueAndThreshold()
    {
        var result = GateResult.Check([MetricGate.Parse("f1=0.6", true), MetricGate.Parse("log_loss=0.4", false), MetricGate.Parse("roc_auc=0.8", true)], Metrics);

        Assert.False(result.Passed);
        Assert.Equal(["f1 = 0.55 is below the minimum 0.6", "log_loss = 0.42 is above the maximum 0.4"], result.Failures);
        Assert.Equal("the gate failed: f1 = 0.55 is below the minimum 0.6; log_loss = 0.42 is above the maximum 0.4", result.Describe());
    }

    [Fact]
    public void Check_ValueEqualToThreshold_Passes()
    {
        var result = GateResult.Check([MetricGate.Parse("f1=0.55", true), MetricGate.Parse("log_loss=0.42", false)], Metrics);

        Assert.True(result.Passed);
        Assert.Equal("the gate passed (f1>=0.55, log_loss<=0.42)", result.Describe());
    }

    [Fact]
    public void Check_MetricTheTaskDoesNotHave_FailsListingTheAvailableOnes()
    {
        var result = GateResult.Check([MetricGate.Parse("rmse=1", false)], Metrics);

        Assert.Contains("rmse is not available", Assert.Single(result.Failures), StringComparison.Ordinal);
        Assert.Contains("f1, log_loss, roc_auc", result.Failures[0], StringComparison.Ordinal);
    }
}

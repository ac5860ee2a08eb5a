using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Tracking;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests.Tracking;

public sealed class MetricAppenderTests
{
    public static TheoryData<double, long, long, double, long, long, bool> Cases => new()
    {
        { 1, 2, 0, 9, 1, 9, true },                   // later timestamp wins whatever the value and step
        { 9, 1, 9, 1, 2, 0, false },
        { 2, 1, 0, 1, 1, 5, true },                   // same timestamp: greater value
        { 1, 1, 5, 1, 1, 4, true },                   // same timestamp and value: greater step
        { 1, 1, 4, 1, 1, 4, false },                  // identical: keep the current one
        { double.NaN, 1, 9, -1e308, 1, 0, false },    // NaN ranks below every number
        { double.NegativeInfinity, 1, 0, double.NaN, 1, 0, true },
        { double.NaN, 1, 2, double.NaN, 1, 1, true }, // NaN against NaN: greater step
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void IsLater_Candidate_FollowsTimestampThenValueThenStep(double value, long timestamp, long step,
        double currentValue, long currentTimestamp, long currentStep, bool expected) =>
        Assert.Equal(expected, MetricAppender.IsLater(new Metric("m", value, timestamp, step), new Metric("m", currentValue, currentTimestamp, currentStep)));
}

using Osprey.Core.Serving.Health;
using Osprey.TestKit;

namespace Osprey.Serving.Tests.Health;

public sealed class ErrorRateWindowTests
{
    [Fact]
    public void Read_CountsOnlyTheLastWindow()
    {
        var clock = new ManualTimeProvider();
        var window = new ErrorRateWindow(clock, TimeSpan.FromSeconds(10));
        window.Record(failed: true);
        clock.Advance(TimeSpan.FromSeconds(5));
        window.Record(failed: false);
        window.Record(failed: false);

        var both = window.Read();
        clock.Advance(TimeSpan.FromSeconds(6));
        var second = window.Read();
        clock.Advance(TimeSpan.FromSeconds(10));
        var none = window.Read();

        Assert.Equal((3, 1), both);
        Assert.Equal((2, 0), second);
        Assert.Equal((0, 0), none);
    }

    [Fact]
    public void Record_ReusedSlot_ForgetsTheOldSecond()
    {
        var clock = new ManualTimeProvider();
        var window = new ErrorRateWindow(clock, TimeSpan.FromSeconds(3));
        window.Record(failed: true);
        clock.Advance(TimeSpan.FromSeconds(3));

        window.Record(failed: false);

        Assert.Equal((1, 0), window.Read());
    }

    [Theory]
    [InlineData(19, 19, false)]
    [InlineData(20, 2, false)]
    [InlineData(20, 3, true)]
    public void Rule_BreachesOnlyAboveThresholdWithEnoughRequests(long total, long failed, bool breached) =>
        Assert.Equal(breached, HealthRule.Default.IsBreached(total, failed));
}

using Osprey.Core.Alerting.Notifications;
using Xunit;

namespace Osprey.Core.Tests.Alerting.Notifications;

public sealed class RetryPolicyTests
{
    [Fact]
    public void DelayAfter_EachFailure_DoublesUpToTheLongestThenStops()
    {
        var policy = new RetryPolicy(6, TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(3));

        var delays = Enumerable.Range(1, 6).Select(policy.DelayAfter).ToList();

        Assert.Equal<TimeSpan?>(
            [TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(3), null],
            delays);
    }
}

using Osprey.Core;
using Osprey.Core.Serving;
using Osprey.Core.Serving.Metrics;
using Osprey.Core.Serving.Requests;
using Osprey.Core.Serving.Routing;
using Osprey.Serving.Tests.Fixtures;

namespace Osprey.Serving.Tests.Routing;

public sealed class TrafficPlanTests
{
    private static readonly ServingMetrics Metrics = new(new MetricRegistry());
    private static readonly ServedVersion One = new("m", 1, ChurnModels.Load(ChurnModels.First), new ValidationPolicy(), Metrics);
    private static readonly ServedVersion Two = new("m", 2, ChurnModels.Load(ChurnModels.Second), new ValidationPolicy(), Metrics);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(100, 20_000)]
    public void Choose_ExtremeShares_SendEverythingOneWay(double percent, int expectedCanary)
    {
        var plan = new TrafficPlan(One, Two, percent);

        var canary = Enumerable.Range(0, 20_000).Count(_ => plan.Choose(default) == Two);

        Assert.Equal(expectedCanary, canary);
    }

    [Fact]
    public void Choose_RaisingTheShare_KeepsKeysAlreadyOnTheCanary()
    {
        var ten = new TrafficPlan(One, Two, 10);
        var fifty = ten.With(canaryPercent: 50);

        var keys = Enumerable.Range(0, 2000).Select(i => $"k{i}").ToList();

        Assert.All(keys.Where(k => ten.Choose(k) == Two), k => Assert.Same(Two, fifty.Choose(k)));
        Assert.True(keys.Count(k => fifty.Choose(k) == Two) > keys.Count(k => ten.Choose(k) == Two));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void Create_ShareOutOfRange_IsRefused(double percent)
    {
        var error = Assert.Throws<OspreyException>(() => new TrafficPlan(One, Two, percent));

        Assert.Equal(ErrorCode.InvalidParameter, error.Code);
    }

    [Fact]
    public void Members_ListEveryRoleAndFindByVersion()
    {
        var plan = new TrafficPlan(One, null, 0, Two);

        Assert.Equal([(One, VersionRole.Stable), (Two, VersionRole.Shadow)], plan.Members);
        Assert.Same(Two, plan.Find(2));
        Assert.Null(plan.Find(3));
        Assert.Same(One, plan.Choose("anyone"));
    }
}

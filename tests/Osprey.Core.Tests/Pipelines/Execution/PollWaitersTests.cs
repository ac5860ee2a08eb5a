using Osprey.Core.Pipelines.Execution;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Execution;

public sealed class PollWaitersTests
{
    [Fact]
    public void Wake_OneNewTry_WakesOnlyTheLongestWaitingPoll()
    {
        var waiters = new PollWaiters();
        var first = waiters.Register(choosy: false);
        var second = waiters.Register(choosy: false);

        waiters.Wake(1);

        Assert.True(first.Woken.Task.IsCompleted);
        Assert.False(second.Woken.Task.IsCompleted);
    }

    [Fact]
    public void Leave_AfterAWakeItDidNotUse_PassesTheWakeOn()
    {
        var waiters = new PollWaiters();
        var first = waiters.Register(choosy: false);
        var second = waiters.Register(choosy: false);
        waiters.Wake(1);

        waiters.Leave(first);

        Assert.True(second.Woken.Task.IsCompleted);
    }

    [Fact]
    public void Leave_WithoutAWake_WakesNobody()
    {
        var waiters = new PollWaiters();
        var first = waiters.Register(choosy: false);
        var second = waiters.Register(choosy: false);

        waiters.Leave(first);
        waiters.Wake(1);

        Assert.False(first.Woken.Task.IsCompleted);
        Assert.True(second.Woken.Task.IsCompleted);
    }

    [Fact]
    public void Wake_ChoosyPolls_AreWokenByEveryWake()
    {
        var waiters = new PollWaiters();
        var plain = waiters.Register(choosy: false);
        var choosy = waiters.Register(choosy: true);
        var later = waiters.Register(choosy: false);

        waiters.Wake(1);

        Assert.Equal([true, true, false], new[] { plain, choosy, later }.Select(w => w.Woken.Task.IsCompleted));
    }
}

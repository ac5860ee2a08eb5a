using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Runs;

public sealed class TriggerRuleEvaluatorTests
{
    // Parent states: s = success, k = skipped, f = failed, t = timed_out, c = cancelled, u = upstream_failed, r = running, n = none.
    [Theory]
    [InlineData("all_success", "s,s", TriggerDecision.Run)]
    [InlineData("all_success", "s,r", TriggerDecision.Wait)]
    [InlineData("all_success", "f,r", TriggerDecision.UpstreamFailed)]
    [InlineData("all_success", "u,s", TriggerDecision.UpstreamFailed)]
    [InlineData("all_success", "t,s", TriggerDecision.UpstreamFailed)]
    [InlineData("all_success", "k,r", TriggerDecision.Skip)]
    [InlineData("all_success", "k,f", TriggerDecision.UpstreamFailed)]
    [InlineData("all_failed", "f,u", TriggerDecision.Run)]
    [InlineData("all_failed", "f,r", TriggerDecision.Wait)]
    [InlineData("all_failed", "f,s", TriggerDecision.Skip)]
    [InlineData("all_failed", "f,k", TriggerDecision.Skip)]
    [InlineData("all_done", "s,f,k,u", TriggerDecision.Run)]
    [InlineData("all_done", "s,r", TriggerDecision.Wait)]
    [InlineData("all_done_min_one_success", "s,f", TriggerDecision.Run)]
    [InlineData("all_done_min_one_success", "s,r", TriggerDecision.Wait)]
    [InlineData("all_done_min_one_success", "f,u", TriggerDecision.UpstreamFailed)]
    [InlineData("all_done_min_one_success", "s,k", TriggerDecision.Skip)]
    [InlineData("all_done_min_one_success", "k,r", TriggerDecision.Skip)]
    [InlineData("all_skipped", "k,k", TriggerDecision.Run)]
    [InlineData("all_skipped", "k,r", TriggerDecision.Wait)]
    [InlineData("all_skipped", "k,s", TriggerDecision.Skip)]
    [InlineData("all_skipped", "k,u", TriggerDecision.Skip)]
    [InlineData("one_success", "s,r", TriggerDecision.Run)]
    [InlineData("one_success", "r,n", TriggerDecision.Wait)]
    [InlineData("one_success", "f,r", TriggerDecision.Wait)]
    [InlineData("one_success", "k,k", TriggerDecision.Skip)]
    [InlineData("one_success", "f,k", TriggerDecision.UpstreamFailed)]
    [InlineData("one_failed", "f,r", TriggerDecision.Run)]
    [InlineData("one_failed", "u,r", TriggerDecision.Run)]
    [InlineData("one_failed", "s,r", TriggerDecision.Wait)]
    [InlineData("one_failed", "s,k", TriggerDecision.Skip)]
    [InlineData("one_done", "s,r", TriggerDecision.Run)]
    [InlineData("one_done", "f,r", TriggerDecision.Run)]
    [InlineData("one_done", "k,r", TriggerDecision.Wait)]
    [InlineData("one_done", "k,u", TriggerDecision.Skip)]
    [InlineData("none_failed", "s,k", TriggerDecision.Run)]
    [InlineData("none_failed", "k,k", TriggerDecision.Run)]
    [InlineData("none_failed", "s,r", TriggerDecision.Wait)]
    [InlineData("none_failed", "u,r", TriggerDecision.UpstreamFailed)]
    [InlineData("none_failed_min_one_success", "s,k", TriggerDecision.Run)]
    [InlineData("none_failed_min_one_success", "k,k", TriggerDecision.Skip)]
    [InlineData("none_failed_min_one_success", "k,r", TriggerDecision.Wait)]
    [InlineData("none_failed_min_one_success", "f,s", TriggerDecision.UpstreamFailed)]
    [InlineData("none_failed_or_skipped", "s,k", TriggerDecision.Run)]
    [InlineData("none_skipped", "s,f", TriggerDecision.Run)]
    [InlineData("none_skipped", "s,r", TriggerDecision.Wait)]
    [InlineData("none_skipped", "k,r", TriggerDecision.Skip)]
    [InlineData("always", "f,r", TriggerDecision.Run)]
    [InlineData("always", "n", TriggerDecision.Run)]
    [InlineData("one_failed", "", TriggerDecision.Run)]
    public void Decide_ParentStates_MatchesAirflow(string rule, string parents, TriggerDecision expected)
    {
        Assert.True(TriggerRuleNames.TryParse(rule, out var parsed));

        var decision = TriggerRuleEvaluator.Decide(parsed, UpstreamCounts.Of(States(parents)));

        Assert.Equal(expected, decision);
    }

    [Fact]
    public void Decide_EveryRule_DecidesOnceAllParentsFinished()
    {
        // Event-driven scheduling relies on this: once every parent finished, no rule may leave the task waiting forever.
        var finished = new[] { TaskState.Success, TaskState.Skipped, TaskState.Failed, TaskState.UpstreamFailed };
        foreach (var rule in Enum.GetValues<TriggerRule>())
        {
            foreach (var a in finished)
            {
                foreach (var b in finished)
                {
                    Assert.NotEqual(TriggerDecision.Wait, TriggerRuleEvaluator.Decide(rule, UpstreamCounts.Of([a, b])));
                }
            }
        }
    }

    [Fact]
    public void Names_EveryRule_RoundTrips()
    {
        foreach (var rule in Enum.GetValues<TriggerRule>())
        {
            Assert.True(TriggerRuleNames.TryParse(TriggerRuleNames.Name(rule), out var parsed));
            Assert.Equal(rule, parsed);
        }
        Assert.Equal(12, TriggerRuleNames.All.Count);
    }

    private static IEnumerable<TaskState> States(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s switch
    {
        "s" => TaskState.Success,
        "k" => TaskState.Skipped,
        "f" => TaskState.Failed,
        "t" => TaskState.TimedOut,
        "c" => TaskState.Cancelled,
        "u" => TaskState.UpstreamFailed,
        "r" => TaskState.Running,
        _ => TaskState.None,
    });
}

using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>The retrain trigger over a real workspace and a fake clock: one run per cooldown, and the cooldown kept across reopening.</summary>
public sealed class SeriesRetrainTriggerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Fire_RepeatedOverTime_FiresHoldsThenFiresAgainAfterCooldown()
    {
        using var home = new TempDirectory();
        var pipeline = WritePipeline(home);
        var clock = new ManualTimeProvider();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), None);
        var trigger = Trigger(database, home, clock);
        var request = new RetrainRequest("churn-perf", pipeline, TimeSpan.FromHours(24), "f1 0.41 < 0.6");

        var first = await trigger.FireAsync(request, None);
        clock.Advance(TimeSpan.FromHours(23));
        var held = await trigger.FireAsync(request, None);
        clock.Advance(TimeSpan.FromHours(1));
        var again = await trigger.FireAsync(request, None);

        Assert.True(first.Fired);
        Assert.False(held.Fired);
        Assert.Null(held.PipelineRunId);
        Assert.Equal(first.CooldownEndsAt, held.CooldownEndsAt);
        Assert.Contains(first.PipelineRunId!, held.Explanation, StringComparison.Ordinal);
        Assert.True(again.Fired);
        Assert.NotEqual(first.PipelineRunId, again.PipelineRunId);
        var runs = await database.Stores.PipelineRuns.ListRunsAsync(new PipelineRunQuery(pipeline, [], null, 10), None);
        Assert.Equal(2, runs.Count);
    }

    [Fact]
    public async Task Fire_AfterReopeningTheWorkspace_StillHoldsWithinCooldown()
    {
        using var home = new TempDirectory();
        var pipeline = WritePipeline(home);
        var clock = new ManualTimeProvider();
        var request = new RetrainRequest("churn-perf", pipeline, TimeSpan.FromHours(24), "f1 low");
        await using (var database = await SqliteStores.OpenAsync(home.File("osprey.db"), None))
        {
            Assert.True((await Trigger(database, home, clock).FireAsync(request, None)).Fired);
        }
        clock.Advance(TimeSpan.FromHours(2));

        await using var reopened = await SqliteStores.OpenAsync(home.File("osprey.db"), None);
        var held = await Trigger(reopened, home, clock).FireAsync(request, None);

        Assert.False(held.Fired);
        Assert.Equal(clock.GetUtcNow().ToUnixTimeMilliseconds() + (long)TimeSpan.FromHours(22).TotalMilliseconds, held.CooldownEndsAt);
    }

    [Fact]
    public async Task Fire_UnknownPipeline_ThrowsAndLeavesNoCooldown()
    {
        using var home = new TempDirectory();
        var clock = new ManualTimeProvider();
        await using var database = await SqliteStores.OpenAsync(home.File("osprey.db"), None);
        var request = new RetrainRequest("m", "no-such-pipeline", TimeSpan.FromHours(1), "r");

        var failure = await Assert.ThrowsAsync<Core.OspreyException>(() => Trigger(database, home, clock).FireAsync(request, None));

        Assert.Equal(Core.ErrorCode.NotFound, failure.Code);
        Assert.Null(await database.Stores.RetrainCooldowns.GetAsync("m", "no-such-pipeline", None));
    }

    private static PipelineRetrainTrigger Trigger(SqliteWorkspaceDatabase database, TempDirectory home, TimeProvider clock) =>
        new(new PipelineService(database.Stores, home.Path, clock), database.Stores.RetrainCooldowns, clock);

    private static string WritePipeline(TempDirectory home)
    {
        var name = Some.Name("retrain");
        Directory.CreateDirectory(home.File("pipelines"));
        File.WriteAllText(home.File($"pipelines/{name}.yaml"), "tasks:\n  train:\n    type: noop\n");
        return name;
    }
}

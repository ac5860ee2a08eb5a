using Osprey.Core.Pipelines.Runs;

namespace Osprey.Server.Tests.Pipelines;

/// <summary>The scheduler loop on a fake clock: runs created at each interval's end, catchup off after downtime, pausing.</summary>
public sealed class ScheduleTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 10, 0, 30, TimeSpan.Zero);

    private const string Hourly = """
        schedule: "@hourly"
        tasks:
          only:
            type: noop
        """;

    [Fact]
    public async Task Schedule_Hourly_CreatesOneRunPerIntervalWhenTheIntervalEnds()
    {
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("hourly", Hourly));
        await runtime.StartAsync();
        Assert.Empty(await runtime.RunsAsync("hourly"));

        await runtime.AdvanceAsync(TimeSpan.FromMinutes(59.5));
        var first = Assert.Single(await runtime.RunsAsync("hourly"));
        await runtime.AdvanceAsync(TimeSpan.FromHours(1));
        var runs = await runtime.RunsAsync("hourly");

        Assert.Equal((RunKind.Scheduled, Start.AddSeconds(-30)), (first.Kind, first.LogicalDate));
        Assert.Equal([Start.AddMinutes(59.5), Start.AddSeconds(-30)], runs.Select(r => r.LogicalDate));
        var record = await runtime.RunAsync(runs[0].Id);
        Assert.Equal((PipelineRunStatus.Running, TaskState.Queued), (record.Status, record.Tasks[0].State));
        Assert.Equal(Start.AddMinutes(119.5), record.Interval.End);
    }

    [Fact]
    public async Task Restart_AfterHoursDownWithoutCatchup_RunsOnlyTheLatestInterval()
    {
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("hourly", Hourly));
        await runtime.StartAsync();
        await runtime.AdvanceAsync(TimeSpan.FromMinutes(59.5));
        await runtime.Runtime.DisposeAsync();

        runtime.Clock.Advance(TimeSpan.FromHours(5));
        await runtime.RestartAsync();

        var runs = await runtime.RunsAsync("hourly");
        Assert.Equal([Start.AddMinutes(299.5), Start.AddSeconds(-30)], runs.Select(r => r.LogicalDate));
    }

    [Fact]
    public async Task Pause_StopsScheduledRunsUntilUnpaused()
    {
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("hourly", Hourly));
        await runtime.Service.SetPausedAsync("hourly", true, CancellationToken.None);
        await runtime.StartAsync();

        await runtime.AdvanceAsync(TimeSpan.FromHours(3));
        Assert.Empty(await runtime.RunsAsync("hourly"));
        await runtime.Service.SetPausedAsync("hourly", false, CancellationToken.None);
        await runtime.AdvanceAsync(TimeSpan.FromHours(1));

        var run = Assert.Single(await runtime.RunsAsync("hourly"));
        Assert.Equal(Start.AddMinutes(179.5), run.LogicalDate);
    }

    [Fact]
    public async Task RunEnds_QueuedManualRunOfAForbidPipelineStartsAtOnce()
    {
        const string forbid = """
            concurrency: forbid
            tasks:
              only:
                type: noop
            """;
        await using var runtime = await RuntimeUnderTest.CreateAsync(Start, ("forbid", forbid));
        await runtime.StartAsync();
        var first = await runtime.Service.TriggerAsync("forbid", null, CancellationToken.None);
        var second = await runtime.Service.TriggerAsync("forbid", null, CancellationToken.None);
        Assert.Equal((PipelineRunStatus.Running, PipelineRunStatus.Queued), (first.Status, second.Status));

        var claim = Assert.Single(await runtime.ClaimAsync());
        await runtime.CompleteAsync(claim, TaskOutcome.Succeeded);

        Assert.Equal(PipelineRunStatus.Success, (await runtime.RunAsync(first.Id)).Status);
        Assert.Equal(PipelineRunStatus.Running, (await runtime.RunAsync(second.Id)).Status);
    }
}

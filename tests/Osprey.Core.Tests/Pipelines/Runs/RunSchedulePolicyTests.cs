using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Osprey.TestKit;
using Xunit;

namespace Osprey.Core.Tests.Pipelines.Runs;

public sealed class RunSchedulePolicyTests
{
    private static readonly DateTimeOffset March10 = new(2026, 3, 10, 10, 0, 0, TimeSpan.Zero);

    private static PipelineDefinition Daily(Action<PipelineBuilder>? configure = null) => Pipelines.Build(p =>
    {
        p.Schedule("0 2 * * *").Task("a", "shell");
        configure?.Invoke(p);
    });

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z");

    [Fact]
    public void CatchupOff_MissedDays_CreatesOnlyTheLatestInterval()
    {
        var clock = new ManualTimeProvider(March10);
        var scheduler = new SchedulerSimulation(Daily(p => p.StartDate("2026-03-05")), clock);

        var decision = scheduler.Tick();

        Assert.Equal([new DataInterval(Utc("2026-03-09T02:00:00"), Utc("2026-03-10T02:00:00"))], decision.Create);
        Assert.Equal(Utc("2026-03-10T02:00:00"), scheduler.ScheduledThrough);
        Assert.Equal(Utc("2026-03-11T02:00:00"), decision.NextCheckAt);
        Assert.True(scheduler.Tick().IsEmpty);

        scheduler.FinishAll();
        scheduler.AdvanceTo(Utc("2026-03-11T02:00:00"));
        Assert.Equal([new DataInterval(Utc("2026-03-10T02:00:00"), Utc("2026-03-11T02:00:00"))], scheduler.Tick().Create);
    }

    [Fact]
    public void CatchupOn_MissedDays_RunsEveryIntervalOldestFirstWithinMaxActiveRuns()
    {
        var clock = new ManualTimeProvider(March10);
        var scheduler = new SchedulerSimulation(Daily(p => p.StartDate("2026-03-05").Catchup().MaxActiveRuns(2)), clock);

        var first = scheduler.Tick();
        Assert.Equal([Utc("2026-03-05T02:00:00"), Utc("2026-03-06T02:00:00")], first.Create.Select(i => i.Start));
        Assert.True(scheduler.Tick().IsEmpty);

        scheduler.Finish(scheduler.Created[0].Id);
        Assert.Equal([Utc("2026-03-07T02:00:00")], scheduler.Tick().Create.Select(i => i.Start));
        scheduler.FinishAll();
        Assert.Equal([Utc("2026-03-08T02:00:00"), Utc("2026-03-09T02:00:00")], scheduler.Tick().Create.Select(i => i.Start));
        scheduler.FinishAll();

        Assert.True(scheduler.Tick().IsEmpty);
        Assert.Equal(5, scheduler.Created.Count);
        Assert.All(scheduler.Created, c => Assert.Equal(TimeSpan.FromDays(1), c.Interval.Length));
    }

    [Fact]
    public void NoStartDate_FirstRunIsTheIntervalInProgressAtRegistration()
    {
        var clock = new ManualTimeProvider(March10);
        var scheduler = new SchedulerSimulation(Daily(), clock);

        var before = scheduler.Tick();
        Assert.True(before.IsEmpty);
        Assert.Equal(Utc("2026-03-11T02:00:00"), before.NextCheckAt);

        clock.Advance(TimeSpan.FromHours(16));
        Assert.Equal([new DataInterval(Utc("2026-03-10T02:00:00"), Utc("2026-03-11T02:00:00"))], scheduler.Tick().Create);
    }

    [Fact]
    public void Forbid_WithoutCatchup_PassesOverIntervalsThatFallDueWhileARunIsActive()
    {
        var clock = new ManualTimeProvider(Utc("2026-03-10T00:30:00"));
        var definition = Pipelines.Build(p => p.Schedule("@hourly").Concurrency(ConcurrencyPolicy.Forbid).Task("a", "shell"));
        var scheduler = new SchedulerSimulation(definition, clock);

        clock.Advance(TimeSpan.FromMinutes(30));
        var first = Assert.Single(scheduler.Tick().Create);
        clock.Advance(TimeSpan.FromHours(1));
        var blocked = scheduler.Tick();
        clock.Advance(TimeSpan.FromMinutes(30));
        scheduler.Finish(scheduler.Created[0].Id);
        var afterFinish = scheduler.Tick();
        clock.Advance(TimeSpan.FromMinutes(30));
        var next = scheduler.Tick();

        Assert.Equal(new DataInterval(Utc("2026-03-10T00:00:00"), Utc("2026-03-10T01:00:00")), first);
        Assert.Empty(blocked.Create);
        Assert.Equal([new DataInterval(Utc("2026-03-10T01:00:00"), Utc("2026-03-10T02:00:00"))], blocked.Skipped);
        Assert.True(afterFinish.IsEmpty);
        Assert.Equal([new DataInterval(Utc("2026-03-10T02:00:00"), Utc("2026-03-10T03:00:00"))], next.Create);
    }

    [Fact]
    public void Forbid_WithCatchup_RunsMissedIntervalsOneAtATime()
    {
        var clock = new ManualTimeProvider(Utc("2026-03-10T00:30:00"));
        var definition = Pipelines.Build(p => p.Schedule("@hourly").Catchup().Concurrency(ConcurrencyPolicy.Forbid).Task("a", "shell"));
        var scheduler = new SchedulerSimulation(definition, clock);

        clock.Advance(TimeSpan.FromMinutes(30));
        scheduler.Tick();
        clock.Advance(TimeSpan.FromHours(2));
        Assert.True(scheduler.Tick().IsEmpty);
        scheduler.FinishAll();
        var second = scheduler.Tick();
        Assert.True(scheduler.Tick().IsEmpty);
        scheduler.FinishAll();
        var third = scheduler.Tick();

        Assert.Equal(Utc("2026-03-10T01:00:00"), Assert.Single(second.Create).Start);
        Assert.Equal(Utc("2026-03-10T02:00:00"), Assert.Single(third.Create).Start);
        Assert.Empty(scheduler.Skipped);
    }

    [Fact]
    public void Replace_NewIntervalDue_CancelsTheActiveRunAndStartsTheNewOne()
    {
        var clock = new ManualTimeProvider(Utc("2026-03-10T00:30:00"));
        var definition = Pipelines.Build(p => p.Schedule("@hourly").Concurrency(ConcurrencyPolicy.Replace).Task("a", "shell"));
        var scheduler = new SchedulerSimulation(definition, clock);
        clock.Advance(TimeSpan.FromMinutes(30));
        scheduler.Tick();
        var old = scheduler.Created[0].Id;

        clock.Advance(TimeSpan.FromHours(1));
        var decision = scheduler.Tick();

        Assert.Equal([old], decision.Cancel);
        Assert.Equal(Utc("2026-03-10T01:00:00"), Assert.Single(decision.Create).Start);
        Assert.Equal(scheduler.Created[1].Id, Assert.Single(scheduler.Active).Id);
    }

    [Fact]
    public void Allow_AtTheLimitWithoutCatchup_CreatesOnlyTheLatestOnceASlotFrees()
    {
        var clock = new ManualTimeProvider(Utc("2026-03-10T00:30:00"));
        var definition = Pipelines.Build(p => p.Schedule("@hourly").MaxActiveRuns(1).Task("a", "shell"));
        var scheduler = new SchedulerSimulation(definition, clock);
        clock.Advance(TimeSpan.FromMinutes(30));
        scheduler.Tick();

        clock.Advance(TimeSpan.FromHours(3));
        Assert.True(scheduler.Tick().IsEmpty);
        scheduler.FinishAll();
        var decision = scheduler.Tick();

        Assert.Equal(new DataInterval(Utc("2026-03-10T03:00:00"), Utc("2026-03-10T04:00:00")), Assert.Single(decision.Create));
    }

    [Fact]
    public void ManualTrigger_FollowsTheConcurrencyPolicy()
    {
        var clock = new ManualTimeProvider(March10);
        var forbid = new SchedulerSimulation(Pipelines.Build(p => p.Concurrency(ConcurrencyPolicy.Forbid).Task("a", "shell")), clock);
        var replace = new SchedulerSimulation(Pipelines.Build(p => p.Concurrency(ConcurrencyPolicy.Replace).Task("a", "shell")), clock);

        var first = forbid.Trigger();
        var second = forbid.Trigger();
        Assert.Equal([PipelineRunStatus.Running, PipelineRunStatus.Queued], forbid.Active.Select(r => r.Status));
        forbid.Finish(first);
        Assert.Equal([second], forbid.Tick().Start);
        Assert.Equal(PipelineRunStatus.Running, Assert.Single(forbid.Active).Status);

        var old = replace.Trigger();
        replace.Trigger();
        Assert.Equal([old], replace.Cancelled);
        Assert.Equal(PipelineRunStatus.Running, Assert.Single(replace.Active).Status);
    }

    [Fact]
    public void CatchupAcrossFallBack_HourlyIntervalsAreOneElapsedHourEach()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.Parse("2026-10-26T00:00:00+01:00"));
        var definition = Pipelines.Build(p => p.Schedule("@hourly", "Europe/Berlin").StartDate("2026-10-25").Catchup().MaxActiveRuns(100).Task("a", "shell"));
        var scheduler = new SchedulerSimulation(definition, clock);

        var decision = scheduler.Tick();

        Assert.Equal(25, decision.Create.Count);
        Assert.All(decision.Create, i => Assert.Equal(TimeSpan.FromHours(1), i.Length));
        Assert.Equal(DateTimeOffset.Parse("2026-10-25T00:00:00+02:00"), decision.Create[0].Start);
    }

    [Fact]
    public void CatchupOverMonthEnds_IntervalsFollowMonthLengths()
    {
        var clock = new ManualTimeProvider(Utc("2028-05-01T00:00:00"));
        var definition = Pipelines.Build(p => p.Schedule("0 0 L * *").StartDate("2027-12-31").Catchup().Task("a", "shell"));
        var scheduler = new SchedulerSimulation(definition, clock);

        var decision = scheduler.Tick();

        Assert.Equal([31, 29, 31, 30], decision.Create.Select(i => i.Length.TotalDays));
        Assert.Equal(Utc("2028-02-29T00:00:00"), decision.Create[1].End);
    }

    [Fact]
    public void NoSchedule_NothingIsEverDue()
    {
        var clock = new ManualTimeProvider(March10);
        var scheduler = new SchedulerSimulation(Pipelines.Build(p => p.Task("a", "shell")), clock);

        var decision = scheduler.Tick();

        Assert.True(decision.IsEmpty);
        Assert.Null(decision.NextCheckAt);
    }
}

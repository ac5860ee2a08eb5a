using System.Text.Json;
using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Osprey.TestKit;

namespace Osprey.Core.Tests.Pipelines.Runs;

/// <summary>Drives one run through the state machine with a manual clock, the way the store/worker layer will: apply, keep the new state, collect steps.</summary>
internal sealed class RunDriver
{
    public RunDriver(PipelineDefinition definition, ManualTimeProvider? clock = null, IRetryJitter? jitter = null, RunContext? context = null)
    {
        Clock = clock ?? new ManualTimeProvider(new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero));
        var now = Clock.GetUtcNow();
        context ??= RunContext.Create(definition, new PipelineRunId(Some.Name("run")), RunKind.Scheduled, new DataInterval(now.AddDays(-1), now));
        Record(PipelineRunState.Start(definition, context, now, jitter));
    }

    public ManualTimeProvider Clock { get; }

    public PipelineRunState State { get; private set; } = null!;

    public RunStep Last { get; private set; } = null!;

    public List<RunStep> Steps { get; } = [];

    public TaskInstance this[string taskId] => State[taskId];

    public TaskState StateOf(string taskId) => State[taskId].State;

    public RunStep Apply(RunEvent runEvent) => Record(State.Apply(runEvent));

    /// <summary>Starts (claims) the current try of a queued task.</summary>
    public RunStep Start(string taskId) => Apply(new TaskStarted(taskId, State[taskId].TryNumber, Clock.GetUtcNow()));

    /// <summary>Starts and ends the current try of a task successfully with the given outputs.</summary>
    public RunStep Succeed(string taskId, object? outputs = null)
    {
        Start(taskId);
        return Apply(new TaskEnded(taskId, State[taskId].TryNumber, TaskOutcome.Succeeded, Clock.GetUtcNow(), Outputs(outputs)));
    }

    /// <summary>Starts and ends the current try of a task with <paramref name="outcome"/>.</summary>
    public RunStep End(string taskId, TaskOutcome outcome, string? message = null)
    {
        Start(taskId);
        return Apply(new TaskEnded(taskId, State[taskId].TryNumber, outcome, Clock.GetUtcNow(), Message: message));
    }

    public RunStep Fail(string taskId) => End(taskId, TaskOutcome.Failed, "exit code 1");

    /// <summary>Moves the clock and tells the run that time passed.</summary>
    public RunStep Advance(TimeSpan by)
    {
        Clock.Advance(by);
        return Apply(new TimePassed(Clock.GetUtcNow()));
    }

    public static IReadOnlyDictionary<string, JsonElement>? Outputs(object? outputs) =>
        outputs is null ? null : JsonSerializer.SerializeToElement(outputs).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());

    private RunStep Record(RunStep step)
    {
        State = step.State;
        Last = step;
        Steps.Add(step);
        return step;
    }
}

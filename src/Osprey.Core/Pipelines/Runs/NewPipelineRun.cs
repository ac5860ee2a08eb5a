using System.Text.Json;
using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>A run to create: queued (all tasks not judged yet) or already started (its first step's instances and dispatches).</summary>
/// <param name="DefinitionDigest">An opaque fingerprint of the pipeline definition the run was created from, so a changed file can be noticed.</param>
/// <param name="ScheduledThrough">For scheduled runs, the pipeline's new scheduled-through mark (the interval's end); null leaves it unchanged.</param>
public sealed record NewPipelineRun(
    PipelineRunId Id,
    string Pipeline,
    RunKind Kind,
    DataInterval Interval,
    IReadOnlyDictionary<string, JsonElement> Params,
    string DefinitionDigest,
    PipelineRunStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    IReadOnlyList<TaskInstance> Tasks,
    IReadOnlyList<TaskDispatch> Dispatches,
    DateTimeOffset? ScheduledThrough)
{
    /// <summary>Describes a run that was started at creation with <paramref name="start"/> (the result of <see cref="PipelineRunState.Start"/>).</summary>
    public static NewPipelineRun Started(RunStep start, string definitionDigest, DateTimeOffset? scheduledThrough)
    {
        var state = start.State;
        return new(state.Context.RunId, state.Definition.Name, state.Context.Kind, state.Context.Interval, state.Context.Params, definitionDigest,
            state.Status, state.StartedAt!.Value, state.StartedAt, state.Tasks, [.. start.Dispatches], scheduledThrough);
    }

    /// <summary>Describes a run created queued, to be started later.</summary>
    public static NewPipelineRun Queued(PipelineDefinition definition, RunContext context, string definitionDigest, DateTimeOffset createdAt, DateTimeOffset? scheduledThrough) =>
        new(context.RunId, definition.Name, context.Kind, context.Interval, context.Params, definitionDigest, PipelineRunStatus.Queued, createdAt, null,
            [.. definition.Tasks.Select(TaskInstance.Waiting)], [], scheduledThrough);
}

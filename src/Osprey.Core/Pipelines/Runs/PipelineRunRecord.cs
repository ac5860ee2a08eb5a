using System.Text.Json;
using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>A stored run with its task instances and every try, as read back from the store.</summary>
/// <param name="Version">Bumped by every applied step; pass it back in <see cref="RunStepWrite.ExpectedVersion"/>.</param>
public sealed record PipelineRunRecord(
    PipelineRunId Id,
    string Pipeline,
    RunKind Kind,
    DataInterval Interval,
    IReadOnlyDictionary<string, JsonElement> Params,
    string DefinitionDigest,
    PipelineRunStatus Status,
    string? StatusReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    long Version,
    IReadOnlyList<TaskInstance> Tasks,
    IReadOnlyList<TaskTry> Tries)
{
    /// <summary>Gets the run's context (id, kind, interval, parameters).</summary>
    public RunContext Context => new(Id, Kind, Interval, Params);

    /// <summary>Rebuilds the run's state machine against <paramref name="definition"/>.</summary>
    public PipelineRunState Restore(PipelineDefinition definition, IRetryJitter? jitter = null) =>
        PipelineRunState.Restore(definition, Context, Status, StartedAt, EndedAt, Tasks, jitter);
}

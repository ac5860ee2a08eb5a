using System.Text.Json;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary>Maps pipeline records to their JSON contracts and back (the CLI reads the server's answers with the same mapping).</summary>
public static class PipelineMapping
{
    public static PipelineSummaryDto ToDto(this PipelineSummary s) =>
        new(s.Name, s.Description, s.Schedule, s.TimeZone, s.Paused, s.Origin, s.Tasks, s.Errors, s.LastRun?.ToDto(), s.NextRunAt);

    public static PipelineSummary ToRecord(this PipelineSummaryDto d) =>
        new(d.Name, d.Description, d.Schedule, d.Timezone, d.Paused, d.Origin, d.Tasks, d.Errors ?? [], d.LastRun?.ToRecord(), d.NextRunAt);

    public static PipelineDetailDto ToDto(this PipelineDetail d) => new(d.Summary.ToDto(),
        [.. d.Tasks.Select(t => new PipelineTaskDto(t.Id, t.Type, t.DependsOn, t.TriggerRule, t.Retries, (long?)t.ExecutionTimeout?.TotalMilliseconds))],
        [.. d.RecentRuns.Select(ToDto)]);

    public static PipelineDetail ToRecord(this PipelineDetailDto d) => new(d.Pipeline.ToRecord(),
        [.. (d.Tasks ?? []).Select(t => new PipelineTaskSummary(t.Id, t.Type, t.DependsOn ?? [], t.TriggerRule, t.Retries,
            t.ExecutionTimeoutMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null))],
        [.. (d.RecentRuns ?? []).Select(ToRecord)]);

    public static PipelineRunSummaryDto ToDto(this PipelineRunSummary r) =>
        new(r.Id.Value, r.Pipeline, r.Kind.Name(), r.LogicalDate, r.Status.Name(), r.CreatedAt, r.StartedAt, r.EndedAt);

    public static PipelineRunSummary ToRecord(this PipelineRunSummaryDto d) =>
        new(new PipelineRunId(d.RunId), d.Pipeline, RunNames.ParseKind(d.Kind), d.LogicalDate, RunNames.ParseStatus(d.Status), d.CreatedAt, d.StartedAt, d.EndedAt);

    public static PipelineRunDto ToDto(this PipelineRunRecord r) => new(r.Id.Value, r.Pipeline, r.Kind.Name(), r.Status.Name(), r.StatusReason,
        r.Interval.Start, r.Interval.End, Copy(r.Params)!, r.DefinitionDigest, r.CreatedAt, r.StartedAt, r.EndedAt, r.Version,
        [.. r.Tasks.Select(t => new TaskInstanceDto(t.TaskId, t.State.Name(), t.TryNumber, t.MaxTries, t.QueuedAt, t.StartedAt, t.EndedAt, t.RetryAt,
            Copy(t.Outputs), t.Message, t.Followed))],
        [.. r.Tries.Select(t => new TaskTryDto(t.TaskId, t.TryNumber, t.WorkerId, t.StartedAt, t.EndedAt, t.Outcome?.Name(), Copy(t.Outputs), t.Message, t.LogPath))]);

    public static PipelineRunRecord ToRecord(this PipelineRunDto d) => new(new PipelineRunId(d.RunId), d.Pipeline, RunNames.ParseKind(d.Kind),
        new DataInterval(d.DataIntervalStart, d.DataIntervalEnd), d.Params ?? [], d.DefinitionDigest, RunNames.ParseStatus(d.Status), d.StatusReason,
        d.CreatedAt, d.StartedAt, d.EndedAt, d.Version,
        [.. (d.Tasks ?? []).Select(t => new TaskInstance(t.TaskId, RunNames.ParseState(t.State), t.TryNumber, t.MaxTries)
        {
            QueuedAt = t.QueuedAt, StartedAt = t.StartedAt, EndedAt = t.EndedAt, RetryAt = t.RetryAt, Outputs = t.Outputs, Message = t.Message, Followed = t.Followed,
        })],
        [.. (d.Tries ?? []).Select(t => new TaskTry(t.TaskId, t.TryNumber, t.WorkerId, t.StartedAt, t.EndedAt,
            t.Outcome is null ? null : RunNames.ParseOutcome(t.Outcome), t.Outputs, t.Message, t.LogPath))]);

    public static TaskLogDto ToDto(this TaskLogText l) => new(l.RunId.Value, l.TaskId, l.TryNumber, l.Path, l.Text, l.Truncated);

    public static TaskLogText ToRecord(this TaskLogDto d) => new(new PipelineRunId(d.RunId), d.TaskId, d.TryNumber, d.Path, d.Text, d.Truncated);

    internal static Dictionary<string, JsonElement>? Copy(IReadOnlyDictionary<string, JsonElement>? map) =>
        map?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}

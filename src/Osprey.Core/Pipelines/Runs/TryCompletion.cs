using System.Text.Json;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>A worker's report that a try ended, with its outcome, outputs and log path.</summary>
public sealed record TryCompletion(
    PipelineRunId RunId,
    string TaskId,
    int TryNumber,
    string WorkerId,
    TaskOutcome Outcome,
    DateTimeOffset EndedAt,
    IReadOnlyDictionary<string, JsonElement>? Outputs,
    string? Message,
    string? LogPath)
{
    /// <summary>Gets the event to apply to the run.</summary>
    public TaskEnded ToEvent() => new(TaskId, TryNumber, Outcome, EndedAt, Outputs, Message);
}

using System.Text.Json;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>One try of a task as stored: who ran it, when, how it ended, its outputs and where its log is.</summary>
public sealed record TaskTry(
    string TaskId,
    int TryNumber,
    string? WorkerId,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt,
    TaskOutcome? Outcome,
    IReadOnlyDictionary<string, JsonElement>? Outputs,
    string? Message,
    string? LogPath);

using System.Text.Json;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary>How a worker's try ended (outcome: succeeded, failed, timed_out, skipped).</summary>
public sealed record WorkerCompletionDto(string RunId, string TaskId, int TryNumber, string Outcome, DateTimeOffset EndedAt,
    Dictionary<string, JsonElement>? Outputs, string? Message, string? LogPath);

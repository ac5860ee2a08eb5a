using System.Text.Json;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary>One try of a task: the worker, times, outcome, outputs and log path.</summary>
public sealed record TaskTryDto(string TaskId, int TryNumber, string? WorkerId, DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string? Outcome,
    Dictionary<string, JsonElement>? Outputs, string? Message, string? LogPath);

using System.Text.Json;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary>One task of a run: its state (snake_case, as Airflow writes it), tries, times, outputs and message.</summary>
public sealed record TaskInstanceDto(string TaskId, string State, int TryNumber, int MaxTries, DateTimeOffset? QueuedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt, DateTimeOffset? RetryAt, Dictionary<string, JsonElement>? Outputs, string? Message, IReadOnlyList<string>? Followed);

using System.Text.Json;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary>A run with every task and try.</summary>
public sealed record PipelineRunDto(string RunId, string Pipeline, string Kind, string Status, string? StatusReason, DateTimeOffset DataIntervalStart,
    DateTimeOffset DataIntervalEnd, Dictionary<string, JsonElement> Params, string DefinitionDigest, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt, long Version, IReadOnlyList<TaskInstanceDto> Tasks, IReadOnlyList<TaskTryDto> Tries);

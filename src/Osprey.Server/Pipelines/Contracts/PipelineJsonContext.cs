using System.Text.Json.Serialization;

namespace Osprey.Server.Pipelines.Contracts;

/// <summary>Source-generated JSON metadata for the pipeline endpoints and the worker protocol: snake_case names, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(PipelineListResponse))]
[JsonSerializable(typeof(PipelineDetailDto))]
[JsonSerializable(typeof(PipelineSummaryDto))]
[JsonSerializable(typeof(PipelineRunListResponse))]
[JsonSerializable(typeof(PipelineRunDto))]
[JsonSerializable(typeof(RegisterPipelineRequest))]
[JsonSerializable(typeof(TriggerPipelineRequest))]
[JsonSerializable(typeof(RetryRunRequest))]
[JsonSerializable(typeof(TaskLogDto))]
[JsonSerializable(typeof(WorkerPollRequest))]
[JsonSerializable(typeof(WorkerPollResponse))]
[JsonSerializable(typeof(WorkerHeartbeatRequest))]
[JsonSerializable(typeof(WorkerHeartbeatResponse))]
public sealed partial class PipelineJsonContext : JsonSerializerContext;

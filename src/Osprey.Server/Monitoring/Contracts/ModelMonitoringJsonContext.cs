using System.Text.Json;
using System.Text.Json.Serialization;

namespace Osprey.Server.Monitoring.Contracts;

/// <summary>Source-generated JSON for the model monitoring API, snake_case like the rest of <c>/api/osprey</c>; a drift answer is read as a
/// <see cref="JsonElement"/> because its shape is the drift JSON document the CLI writes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(PerformanceCheckRequest))]
[JsonSerializable(typeof(DriftCheckRequest))]
[JsonSerializable(typeof(RetrainTriggerRequest))]
[JsonSerializable(typeof(RetrainTriggerResponse))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class ModelMonitoringJsonContext : JsonSerializerContext;

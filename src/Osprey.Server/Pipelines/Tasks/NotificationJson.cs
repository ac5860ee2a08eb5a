using System.Text.Json.Serialization;

namespace Osprey.Server.Pipelines.Tasks;

/// <summary>Source-generated JSON for notifications: snake_case, nulls omitted.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(NotificationNote))]
[JsonSerializable(typeof(SlackMessage))]
internal sealed partial class NotificationJson : JsonSerializerContext;

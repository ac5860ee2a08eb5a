using System.Text.Json.Serialization;

namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>Source-generated JSON metadata for the on-call and notification endpoints: snake_case names, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(OnCallNowResponse))]
[JsonSerializable(typeof(TimelineResponse))]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(DeliveryListResponse))]
[JsonSerializable(typeof(DefinitionListResponse))]
[JsonSerializable(typeof(TestNotificationRequest))]
[JsonSerializable(typeof(TestNotificationResponse))]
public sealed partial class OnCallJsonContext : JsonSerializerContext;

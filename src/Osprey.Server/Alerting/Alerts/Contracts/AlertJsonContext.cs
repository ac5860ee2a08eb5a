using System.Text.Json.Serialization;

namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>Source-generated JSON for the alert API: camelCase as Opsgenie's API and Alertmanager's webhook write it, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(CreateAlertRequest))]
[JsonSerializable(typeof(AlertActionRequest))]
[JsonSerializable(typeof(AlertAcceptedResponse))]
[JsonSerializable(typeof(AlertResponse))]
[JsonSerializable(typeof(AlertListResponse))]
[JsonSerializable(typeof(AlertHistoryResponse))]
[JsonSerializable(typeof(AlertChangeResponse))]
[JsonSerializable(typeof(AlertmanagerPayload))]
[JsonSerializable(typeof(AlertmanagerResponse))]
[JsonSerializable(typeof(AlertAnalyticsResponse))]
public sealed partial class AlertJsonContext : JsonSerializerContext;

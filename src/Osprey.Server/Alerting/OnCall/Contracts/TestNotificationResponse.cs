namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>The delivery id of a queued test notification (look it up in the delivery log).</summary>
public sealed record TestNotificationResponse(string DeliveryId);

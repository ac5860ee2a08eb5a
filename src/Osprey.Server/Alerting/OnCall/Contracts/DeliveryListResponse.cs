namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>The answer of <c>GET /api/notifications/deliveries</c>, newest first.</summary>
public sealed record DeliveryListResponse(IReadOnlyList<DeliveryDto> Deliveries);

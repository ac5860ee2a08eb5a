namespace Osprey.Core.Alerting.Notifications;

/// <summary>Filters for the delivery log: by alert, by status, newest first, at most <paramref name="Limit"/> rows.</summary>
public sealed record DeliveryQuery(string? AlertId = null, OutboxStatus? Status = null, int Limit = 100);

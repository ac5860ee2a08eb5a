namespace Osprey.Core.Alerting.Notifications;

/// <summary>A notification to put in the outbox; (alert, event sequence, recipient, channel) is its unique key, so enqueuing it twice stores it once.</summary>
/// <param name="Recipient">Who it is for: <c>user:NAME</c> or <c>channel:NAME</c>.</param>
/// <param name="Channel">The channel that carries it.</param>
/// <param name="Content">What it says.</param>
/// <param name="ReleaseAt">When it may be sent (Unix milliseconds); later than the event when quiet hours hold it.</param>
public sealed record NewNotification(string Recipient, string Channel, NotificationContent Content, long ReleaseAt)
{
    /// <summary>Gets the stable delivery id derived from the unique key, sent as <c>X-Osprey-Delivery-Id</c>.</summary>
    public string DeliveryId => DeliveryIds.For(Content.AlertId, Content.EventSequence, Recipient, Channel);
}

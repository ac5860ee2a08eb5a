using Osprey.Core.Alerting.Notifications;
using Osprey.Server.Alerting.OnCall.Contracts;

namespace Osprey.Server.Alerting.OnCall;

/// <summary>Maps outbox entries to the delivery log's wire shape.</summary>
internal static class DeliveryMapping
{
    public static DeliveryDto ToDto(OutboxEntry e) => new(
        e.DeliveryId, e.Content.AlertId, e.Content.EventSequence, e.Content.Event.ToString().ToLowerInvariant(), e.Content.Priority.ToString(),
        e.Content.Message, e.Recipient, e.Channel, e.Status.ToString().ToLowerInvariant(), e.Attempts, e.LastError, e.DigestId,
        DateTimeOffset.FromUnixTimeMilliseconds(e.CreatedAt), DateTimeOffset.FromUnixTimeMilliseconds(e.DueAt),
        e.SentAt is { } sent ? DateTimeOffset.FromUnixTimeMilliseconds(sent) : null);
}

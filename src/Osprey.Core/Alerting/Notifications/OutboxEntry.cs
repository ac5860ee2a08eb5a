namespace Osprey.Core.Alerting.Notifications;

/// <summary>A notification in the outbox with its delivery state; <paramref name="DigestId"/> groups held notifications sent as one digest.</summary>
public sealed record OutboxEntry(
    long Id,
    string DeliveryId,
    string Recipient,
    string Channel,
    NotificationContent Content,
    OutboxStatus Status,
    int Attempts,
    long DueAt,
    string? DigestId,
    string? LastError,
    long CreatedAt,
    long? SentAt);

namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>One notification in the delivery log with its state and attempts.</summary>
public sealed record DeliveryDto(
    string DeliveryId,
    string AlertId,
    long EventSequence,
    string Event,
    string Priority,
    string Message,
    string Recipient,
    string Channel,
    string Status,
    int Attempts,
    string? LastError,
    string? DigestId,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? SentAt);

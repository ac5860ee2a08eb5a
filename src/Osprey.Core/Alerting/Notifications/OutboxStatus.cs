namespace Osprey.Core.Alerting.Notifications;

/// <summary>Where a notification is in the outbox: waiting, held by quiet hours, claimed by a sender, delivered, or given up after its last retry.</summary>
public enum OutboxStatus
{
    Pending,
    Held,
    Sending,
    Sent,
    Failed,
}

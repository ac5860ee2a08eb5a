using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Sends deliveries over one kind of channel; throws when the remote end did not accept the message, and the dispatcher retries.</summary>
public interface INotificationSender
{
    /// <summary>Gets the channel kind this sender handles.</summary>
    ChannelKind Kind { get; }

    /// <summary>Sends a delivery; completes only once the remote end accepted it.</summary>
    Task SendAsync(Delivery delivery, CancellationToken ct);
}

using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Posts a Slack-compatible incoming-webhook message (text and blocks) to the user's own webhook or the channel's, mentioning the user's handle.</summary>
public sealed class SlackSender(IWebhookTransport transport) : INotificationSender
{
    /// <inheritdoc/>
    public ChannelKind Kind => ChannelKind.Slack;

    /// <inheritdoc/>
    public Task SendAsync(Delivery delivery, CancellationToken ct)
    {
        var url = delivery.User?.SlackWebhook ?? delivery.Channel.Url
            ?? throw new OspreyException(ErrorCode.InvalidState, $"Channel '{delivery.Channel.Name}' has no url.");
        return WebhookSender.PostAsync(transport, url, NotificationJson.Slack(delivery), delivery, signWith: null, ct);
    }
}

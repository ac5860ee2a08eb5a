using System.Globalization;
using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Posts the JSON webhook body, signed with the channel secret (<c>X-Osprey-Signature</c>) and carrying <c>X-Osprey-Timestamp</c> and <c>X-Osprey-Delivery-Id</c>; any non-2xx answer is a failure.</summary>
public sealed class WebhookSender(IWebhookTransport transport) : INotificationSender
{
    /// <inheritdoc/>
    public ChannelKind Kind => ChannelKind.Webhook;

    /// <inheritdoc/>
    public async Task SendAsync(Delivery delivery, CancellationToken ct)
    {
        var url = delivery.User?.Webhook ?? delivery.Channel.Url
            ?? throw new OspreyException(ErrorCode.InvalidState, $"Channel '{delivery.Channel.Name}' has no url.");
        await PostAsync(transport, url, NotificationJson.Webhook(delivery), delivery, signWith: delivery.Channel.Secret, ct);
    }

    /// <summary>Posts a JSON body with the delivery headers (and a signature when a secret is given); throws <see cref="IOException"/> on a non-2xx answer.</summary>
    internal static async Task PostAsync(IWebhookTransport transport, Uri url, byte[] body, Delivery delivery, string? signWith, CancellationToken ct)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [WebhookSignature.DeliveryHeader] = delivery.Id,
            [WebhookSignature.TimestampHeader] = delivery.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        };
        if (signWith is not null)
        {
            headers[WebhookSignature.Header] = WebhookSignature.Sign(body, signWith);
        }
        var status = await transport.PostAsync(url, body, headers, ct);
        if (status is < 200 or > 299)
        {
            throw new IOException($"{url.GetLeftPart(UriPartial.Path)} answered {status}");
        }
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>Posts the JSON webhook body, signed with the channel secret (<c>X-Osprey-Signature</c>) and carrying <c>X-Osprey-Timestamp</c> and <c>X-Osprey-Delivery-Id</c>; any non-2xx answer is a failure.</summary>
public sealed class WebhookSender(HttpClient http) : INotificationSender
{
    /// <inheritdoc/>
    public ChannelKind Kind => ChannelKind.Webhook;

    /// <inheritdoc/>
    public async Task SendAsync(Delivery delivery, CancellationToken ct)
    {
        var url = delivery.User?.Webhook ?? delivery.Channel.Url
            ?? throw new OspreyException(ErrorCode.InvalidState, $"Channel '{delivery.Channel.Name}' has no url.");
        var body = NotificationJson.Webhook(delivery);
        await PostAsync(http, url, body, delivery, signWith: delivery.Channel.Secret, ct);
    }

    /// <summary>Posts a JSON body with the delivery headers (and a signature when a secret is given); throws <see cref="HttpRequestException"/> on a non-2xx answer.</summary>
    internal static async Task PostAsync(HttpClient http, Uri url, byte[] body, Delivery delivery, string? signWith, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id);
        request.Headers.Add(WebhookSignature.TimestampHeader, delivery.At.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (signWith is not null)
        {
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, signWith));
        }
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{url.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }
}

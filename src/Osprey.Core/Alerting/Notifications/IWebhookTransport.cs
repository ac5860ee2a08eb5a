namespace Osprey.Core.Alerting.Notifications;

/// <summary>Posts a body over HTTP for the webhook and Slack senders (the host supplies it, so Core stays free of an HTTP stack).</summary>
public interface IWebhookTransport
{
    /// <summary>Posts <paramref name="body"/> as <c>application/json</c> with the headers given and returns the status code; throws on a connection failure or timeout.</summary>
    Task<int> PostAsync(Uri url, byte[] body, IReadOnlyDictionary<string, string> headers, CancellationToken ct);
}

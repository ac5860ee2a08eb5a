using System.Net.Http.Headers;
using Osprey.Core.Alerting.Notifications;

namespace Osprey.Server.Alerting.OnCall;

/// <summary>Posts webhook and Slack bodies with an <see cref="HttpClient"/>.</summary>
public sealed class HttpWebhookTransport(HttpClient http) : IWebhookTransport
{
    /// <inheritdoc/>
    public async Task<int> PostAsync(Uri url, byte[] body, IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        using var response = await http.SendAsync(request, ct);
        return (int)response.StatusCode;
    }
}

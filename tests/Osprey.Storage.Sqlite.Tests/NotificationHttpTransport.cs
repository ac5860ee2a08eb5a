using System.Net.Http.Headers;
using Osprey.Core.Alerting.Notifications;

namespace Osprey.Storage.Sqlite.Tests;

/// <summary>The HTTP transport the server uses, for tests of the senders (Core carries no HTTP stack).</summary>
internal sealed class NotificationHttpTransport(HttpClient http) : IWebhookTransport
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

namespace Osprey.TestKit.Webhooks;

/// <summary>One request a <see cref="WebhookReceiver"/> got: path, headers (names lower-cased) and the exact body bytes.</summary>
public sealed record ReceivedRequest(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, int Status)
{
    /// <summary>Returns a header's value, or null when absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    /// <summary>Gets the body as UTF-8 text.</summary>
    public string Text => System.Text.Encoding.UTF8.GetString(Body);
}

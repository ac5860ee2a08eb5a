using System.Security.Cryptography;
using System.Text;

namespace Osprey.Core.Alerting.Notifications;

/// <summary>The <c>X-Osprey-Signature</c> of a webhook body: <c>sha256=</c> and the lowercase hex HMAC-SHA256 of the exact body bytes keyed with the channel secret.</summary>
public static class WebhookSignature
{
    /// <summary>The header carrying the signature.</summary>
    public const string Header = "X-Osprey-Signature";

    /// <summary>The header carrying the send time in Unix seconds (also in the signed body as <c>timestamp</c>).</summary>
    public const string TimestampHeader = "X-Osprey-Timestamp";

    /// <summary>The header carrying the delivery id, the same on every retry of one notification.</summary>
    public const string DeliveryHeader = "X-Osprey-Delivery-Id";

    /// <summary>Returns the header value for a body and secret.</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Returns whether a header value is the signature of a body under a secret (compared in constant time).</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string secret, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body, secret)), Encoding.ASCII.GetBytes(header));
}

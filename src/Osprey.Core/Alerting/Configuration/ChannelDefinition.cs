namespace Osprey.Core.Alerting.Configuration;

/// <summary>A notification channel and its transport settings.</summary>
/// <param name="Name">The channel's name, referenced by steps, users and quiet hours.</param>
/// <param name="Kind">How it delivers.</param>
/// <param name="Url">The webhook or Slack incoming-webhook address (webhook and slack).</param>
/// <param name="Secret">The key that signs webhook bodies (<c>X-Osprey-Signature</c>); optional.</param>
/// <param name="SmtpHost">The SMTP server (email).</param>
/// <param name="SmtpPort">The SMTP port (email; 25 when not given).</param>
/// <param name="From">The sender address (email).</param>
/// <param name="To">Addresses mailed when the channel itself is a target (email).</param>
public sealed record ChannelDefinition(
    string Name,
    ChannelKind Kind,
    Uri? Url = null,
    string? Secret = null,
    string? SmtpHost = null,
    int SmtpPort = 25,
    string? From = null,
    IReadOnlyList<string>? To = null);

namespace Osprey.Core.Alerting.Configuration;

/// <summary>How a channel delivers: a signed JSON webhook, a Slack-compatible incoming webhook, or email over SMTP.</summary>
public enum ChannelKind
{
    Webhook,
    Slack,
    Email,
}

namespace Osprey.Core.Alerting.Configuration;

/// <summary>A person who can be paged, with how to reach them.</summary>
/// <param name="Name">The user's name, referenced by schedules, teams and steps.</param>
/// <param name="Email">The address email channels send to.</param>
/// <param name="SlackHandle">The handle Slack messages mention, such as <c>@alice</c> or <c>&lt;@U123&gt;</c>.</param>
/// <param name="SlackWebhook">A personal Slack incoming webhook, used instead of the channel's address.</param>
/// <param name="Webhook">A personal webhook address, used instead of the channel's address (still signed with the channel's secret).</param>
/// <param name="Channels">The channels that reach this user; empty means the first channel of each kind the user has an address for.</param>
public sealed record UserDefinition(
    string Name,
    string? Email = null,
    string? SlackHandle = null,
    Uri? SlackWebhook = null,
    Uri? Webhook = null,
    IReadOnlyList<string>? Channels = null);

using Osprey.Core.Alerting.Configuration;

namespace Osprey.Core.Alerting.Escalation;

/// <summary>Turns escalation targets into (recipient, channel) pairs at an instant: a schedule's current on-call, a user, every member of a team, or a channel itself.</summary>
public static class RecipientResolver
{
    /// <summary>Returns the distinct pairs the targets reach at <paramref name="at"/>, in target order; a schedule with nobody on call or a user with no channel reaches nobody.</summary>
    public static IReadOnlyList<(string Recipient, string Channel)> Resolve(OnCallConfiguration configuration, IEnumerable<EscalationTarget> targets, DateTimeOffset at)
    {
        var pairs = new List<(string, string)>();
        foreach (var target in targets)
        {
            switch (target.Kind)
            {
                case TargetKind.Channel when configuration.Channels.ContainsKey(target.Name):
                    pairs.Add(("channel:" + target.Name, target.Name));
                    break;
                case TargetKind.User:
                    pairs.AddRange(ForUser(configuration, target.Name));
                    break;
                case TargetKind.Team when configuration.Teams.TryGetValue(target.Name, out var team):
                    pairs.AddRange(team.Members.SelectMany(m => ForUser(configuration, m)));
                    break;
                case TargetKind.Schedule when configuration.Schedules.TryGetValue(target.Name, out var schedule):
                    if (schedule.OnCallAt(at).User is { } user)
                    {
                        pairs.AddRange(ForUser(configuration, user));
                    }
                    break;
            }
        }
        return pairs.Distinct().ToList();
    }

    /// <summary>Returns the channels that reach a user: the ones the user lists, or else the first channel of each kind the user has an address for.</summary>
    public static IEnumerable<(string Recipient, string Channel)> ForUser(OnCallConfiguration configuration, string name)
    {
        if (!configuration.Users.TryGetValue(name, out var user))
        {
            return [];
        }
        if (user.Channels is { Count: > 0 } listed)
        {
            return listed.Where(configuration.Channels.ContainsKey).Select(c => ("user:" + name, c));
        }
        var kinds = new List<ChannelKind>();
        if (user.Email is not null)
        {
            kinds.Add(ChannelKind.Email);
        }
        if (user.SlackHandle is not null || user.SlackWebhook is not null)
        {
            kinds.Add(ChannelKind.Slack);
        }
        if (user.Webhook is not null)
        {
            kinds.Add(ChannelKind.Webhook);
        }
        return kinds
            .Select(k => configuration.Channels.Values.FirstOrDefault(c => c.Kind == k))
            .OfType<ChannelDefinition>()
            .Select(c => ("user:" + name, c.Name));
    }
}

using System.Globalization;
using Osprey.Core.Alerting.Configuration;
using Osprey.Core.Alerting.Escalation;

namespace Osprey.Core.Alerting.OnCall;

/// <summary>Finds what would make a page reach nobody: schedule gaps, users nobody can reach, routes without a policy, and escalation policies whose every step resolves to nobody at some time.</summary>
public static class OnCallCheck
{
    /// <summary>Returns every warning for [<paramref name="from"/>, <paramref name="to"/>), most important first.</summary>
    public static IReadOnlyList<OnCallWarning> Run(OnCallConfiguration configuration, DateTimeOffset from, DateTimeOffset to)
    {
        var warnings = new List<OnCallWarning>();
        foreach (var schedule in configuration.Schedules.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            foreach (var gap in schedule.Gaps(from, to))
            {
                warnings.Add(new($"schedule {schedule.Name}", $"nobody is on call from {Show(gap.Start, schedule.Zone)} to {Show(gap.End, schedule.Zone)}"));
            }
        }
        foreach (var policy in configuration.Policies.Values.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            warnings.AddRange(PolicyWarnings(configuration, policy, from, to));
        }
        foreach (var user in configuration.Users.Values.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            if (!RecipientResolver.ForUser(configuration, user.Name).Any())
            {
                warnings.Add(new($"user {user.Name}", "has no channel that can reach them (add an email, a Slack handle or webhook, or a webhook, and a channel of that type)"));
            }
        }
        foreach (var rule in configuration.Rules.Where(r => r.EscalationPolicy is null))
        {
            warnings.Add(new($"route {rule.Name}", "has no escalation policy, so matching alerts page nobody"));
        }
        return warnings;
    }

    private static IEnumerable<OnCallWarning> PolicyWarnings(OnCallConfiguration configuration, EscalationPolicy policy, DateTimeOffset from, DateTimeOffset to)
    {
        var subject = $"escalation policy {policy.Name}";
        // The answer only changes where a schedule's does, so checking each shift start of every schedule the policy uses covers the range.
        var instants = new SortedSet<DateTimeOffset> { from };
        foreach (var target in policy.Steps.SelectMany(s => s.Targets).Where(t => t.Kind == TargetKind.Schedule))
        {
            if (configuration.Schedules.TryGetValue(target.Name, out var schedule))
            {
                instants.UnionWith(schedule.Timeline(from, to).Select(s => s.Start));
            }
        }
        for (var i = 0; i < policy.Steps.Count; i++)
        {
            if (instants.All(at => RecipientResolver.Resolve(configuration, policy.Steps[i].Targets, at).Count == 0))
            {
                yield return new(subject, $"step {i + 1} never reaches anyone");
            }
        }
        var nobody = instants.FirstOrDefault(at => policy.Steps.All(s => RecipientResolver.Resolve(configuration, s.Targets, at).Count == 0), DateTimeOffset.MinValue);
        if (nobody != DateTimeOffset.MinValue)
        {
            yield return new(subject, $"the escalation path ends in nobody: at {nobody.ToString("u", CultureInfo.InvariantCulture)} no step reaches anyone");
        }
    }

    private static string Show(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);
}

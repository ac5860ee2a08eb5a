using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>Merges on-call documents into one configuration, refusing a name declared twice and every reference to something undeclared.</summary>
public static class OnCallConfigurationBuilder
{
    /// <summary>Builds the configuration from documents in precedence order (files first, then API-created definitions); routes keep that order.</summary>
    public static OnCallLoadResult Build(IEnumerable<OnCallDocument> documents)
    {
        var list = documents.ToList();
        var errors = new List<PipelineLoadError>();
        var users = Unique(list.SelectMany(d => d.Users), u => u.Name, "user", errors);
        var teams = Unique(list.SelectMany(d => d.Teams), t => t.Name, "team", errors);
        var schedules = Unique(list.SelectMany(d => d.Schedules), s => s.Name, "schedule", errors);
        var policies = Unique(list.SelectMany(d => d.Policies), p => p.Name, "escalation policy", errors);
        var channels = Unique(list.SelectMany(d => d.Channels), c => c.Name, "channel", errors);
        var rules = list.SelectMany(d => d.Rules).ToList();
        Unique(rules, r => r.Name, "route", errors);
        var quiet = list.SelectMany(d => d.QuietHours).ToList();
        var defaults = list.SelectMany(d => d.DefaultRoutes).ToList();
        if (defaults.Count > 1)
        {
            errors.Add(defaults[1].Error($"default_route is declared again (first in {defaults[0].File})"));
        }

        var check = new ReferenceCheck(users, teams, schedules, policies, channels, errors);
        check.Users(users.Values);
        check.Teams(teams.Values);
        check.Schedules(schedules.Values);
        check.Policies(policies.Values);
        check.Routes(rules);
        check.DefaultRoutes(defaults);
        if (errors.Count > 0)
        {
            return new OnCallLoadResult(null, errors);
        }
        var configuration = new OnCallConfiguration(
            users.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal),
            teams.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal),
            schedules.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal),
            policies.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal),
            rules.Select(r => r.Value).ToList(),
            channels.ToDictionary(p => p.Key, p => p.Value.Value, StringComparer.Ordinal),
            quiet.Select(q => q.Value).ToList(),
            defaults.FirstOrDefault()?.Value);
        return new OnCallLoadResult(configuration, []);
    }

    private static Dictionary<string, Declared<T>> Unique<T>(IEnumerable<Declared<T>> items, Func<T, string> name, string what, List<PipelineLoadError> errors)
    {
        var map = new Dictionary<string, Declared<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = name(item.Value);
            if (map.TryGetValue(key, out var first))
            {
                errors.Add(item.Error($"{item.Field}: the {what} '{key}' is already declared in {first.File}{(first.Mark is { } m ? $" at line {m.Line}" : "")}"));
                continue;
            }
            map[key] = item;
        }
        return map;
    }
}

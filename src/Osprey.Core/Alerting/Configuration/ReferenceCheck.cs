using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.OnCall;
using Osprey.Core.Alerting.Routing;
using Osprey.Core.Pipelines.Yaml;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>Reports every name an on-call definition uses that nothing declares, at the declaration that uses it.</summary>
internal sealed class ReferenceCheck(
    Dictionary<string, Declared<UserDefinition>> users,
    Dictionary<string, Declared<TeamDefinition>> teams,
    Dictionary<string, Declared<Schedule>> schedules,
    Dictionary<string, Declared<EscalationPolicy>> policies,
    Dictionary<string, Declared<ChannelDefinition>> channels,
    List<PipelineLoadError> errors)
{
    public void Users(IEnumerable<Declared<UserDefinition>> declared)
    {
        foreach (var user in declared)
        {
            foreach (var channel in user.Value.Channels ?? [])
            {
                Expect(user, channels.Keys, channel, "channel", "channels");
            }
        }
    }

    public void Teams(IEnumerable<Declared<TeamDefinition>> declared)
    {
        foreach (var team in declared)
        {
            foreach (var member in team.Value.Members)
            {
                Expect(team, users.Keys, member, "user", "members");
            }
        }
    }

    public void Schedules(IEnumerable<Declared<Schedule>> declared)
    {
        foreach (var schedule in declared)
        {
            foreach (var user in schedule.Value.Layers.SelectMany(l => l.Users).Concat(schedule.Value.Overrides.Select(o => o.User)).Distinct())
            {
                Expect(schedule, users.Keys, user, "user", "layers");
            }
        }
    }

    public void Policies(IEnumerable<Declared<EscalationPolicy>> declared)
    {
        foreach (var policy in declared)
        {
            foreach (var target in policy.Value.Steps.SelectMany(s => s.Targets))
            {
                IEnumerable<string> known = target.Kind switch
                {
                    TargetKind.Schedule => schedules.Keys,
                    TargetKind.User => users.Keys,
                    TargetKind.Team => teams.Keys,
                    _ => channels.Keys,
                };
                Expect(policy, known, target.Name, target.Kind.ToString().ToLowerInvariant(), "steps");
            }
        }
    }

    public void Routes(IEnumerable<Declared<RoutingRule>> declared)
    {
        foreach (var rule in declared)
        {
            Route(rule, rule.Value.Team, rule.Value.EscalationPolicy);
        }
    }

    public void DefaultRoutes(IEnumerable<Declared<AlertRoute>> declared)
    {
        foreach (var route in declared)
        {
            Route(route, route.Value.Team, route.Value.EscalationPolicy);
        }
    }

    private void Route<T>(Declared<T> declared, string? team, string? policy)
    {
        if (team is not null)
        {
            Expect(declared, teams.Keys, team, "team", "team");
        }
        if (policy is not null)
        {
            Expect(declared, policies.Keys, policy, "escalation policy", "escalation_policy");
        }
    }

    private void Expect<T>(Declared<T> declared, IEnumerable<string> known, string name, string what, string field)
    {
        if (!known.Contains(name))
        {
            var names = known.Order(StringComparer.Ordinal).ToList();
            errors.Add(new PipelineLoadError(declared.File, declared.Mark, $"{declared.Field}.{field}",
                $"{declared.Field}.{field}: no {what} is named '{name}' (known: {(names.Count == 0 ? "none" : string.Join(", ", names))})"));
        }
    }
}

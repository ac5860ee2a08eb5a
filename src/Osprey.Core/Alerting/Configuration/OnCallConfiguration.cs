using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.OnCall;
using Osprey.Core.Alerting.Routing;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>Everything on-call knows: users, teams, schedules, escalation policies, routing rules (in order), channels and quiet hours.</summary>
public sealed record OnCallConfiguration(
    IReadOnlyDictionary<string, UserDefinition> Users,
    IReadOnlyDictionary<string, TeamDefinition> Teams,
    IReadOnlyDictionary<string, Schedule> Schedules,
    IReadOnlyDictionary<string, EscalationPolicy> Policies,
    IReadOnlyList<RoutingRule> Rules,
    IReadOnlyDictionary<string, ChannelDefinition> Channels,
    IReadOnlyList<QuietHours> QuietHours,
    AlertRoute? DefaultRoute)
{
    /// <summary>Gets a configuration with nothing declared.</summary>
    public static OnCallConfiguration Empty { get; } = new(
        new Dictionary<string, UserDefinition>(), new Dictionary<string, TeamDefinition>(), new Dictionary<string, Schedule>(),
        new Dictionary<string, EscalationPolicy>(), [], new Dictionary<string, ChannelDefinition>(), [], null);

    /// <summary>Returns the schedule with a name or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public Schedule Schedule(string name) => Schedules.TryGetValue(name, out var schedule)
        ? schedule
        : throw OspreyException.NotFound($"No on-call schedule is named '{name}'; known schedules: {Known(Schedules.Keys)}.");

    private static string Known(IEnumerable<string> names) => names.Any() ? string.Join(", ", names.Order(StringComparer.Ordinal)) : "(none)";
}

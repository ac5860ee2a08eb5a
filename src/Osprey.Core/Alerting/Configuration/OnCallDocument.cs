using Osprey.Core.Alerting.Escalation;
using Osprey.Core.Alerting.OnCall;
using Osprey.Core.Alerting.Routing;

namespace Osprey.Core.Alerting.Configuration;

/// <summary>The definitions read from one source (a file or the definitions created over the API), before they are merged and cross-checked.</summary>
public sealed class OnCallDocument
{
    public List<Declared<UserDefinition>> Users { get; } = [];

    public List<Declared<TeamDefinition>> Teams { get; } = [];

    public List<Declared<Schedule>> Schedules { get; } = [];

    public List<Declared<EscalationPolicy>> Policies { get; } = [];

    public List<Declared<RoutingRule>> Rules { get; } = [];

    public List<Declared<ChannelDefinition>> Channels { get; } = [];

    public List<Declared<QuietHours>> QuietHours { get; } = [];

    public List<Declared<AlertRoute>> DefaultRoutes { get; } = [];
}

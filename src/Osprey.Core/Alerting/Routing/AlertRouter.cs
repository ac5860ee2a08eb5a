namespace Osprey.Core.Alerting.Routing;

/// <summary>Routes new alerts with the rules of the current on-call configuration: the first matching rule wins, then the team and
/// escalation responders the request names, then the default route.</summary>
/// <param name="configuration">Returns the configuration in force (re-read on every call, so edits apply to the next alert).</param>
public sealed class AlertRouter(Func<Configuration.OnCallConfiguration> configuration) : IAlertRouter
{
    private static readonly Alerts.TeamResponderRouter Responders = new();

    /// <inheritdoc/>
    public AlertRoute Route(AlertRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = configuration();
        foreach (var rule in current.Rules)
        {
            if (rule.When.Matches(request))
            {
                return new AlertRoute(rule.Team, rule.EscalationPolicy);
            }
        }
        var named = Responders.Route(request);
        if (named.Team is not null || named.EscalationPolicy is not null)
        {
            return named;
        }
        return current.DefaultRoute ?? named;
    }
}

namespace Osprey.Core.Alerting.Routing;

/// <summary>Routes new alerts with the rules of the current on-call configuration: the first matching rule wins, then the default route.</summary>
/// <param name="configuration">Returns the configuration in force (re-read on every call, so edits apply to the next alert).</param>
public sealed class AlertRouter(Func<Configuration.OnCallConfiguration> configuration) : IAlertRouter
{
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
        return current.DefaultRoute ?? new AlertRoute(null, null);
    }
}

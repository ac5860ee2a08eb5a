namespace Osprey.Core.Alerting.Alerts;

/// <summary>The routing used when none is configured: the first <c>team</c> responder owns the alert, the first <c>escalation</c> responder pages for it.</summary>
public sealed class TeamResponderRouter : IAlertRouter
{
    /// <inheritdoc/>
    public AlertRoute Route(AlertRequest request)
    {
        var responders = request.Responders ?? [];
        var team = responders.FirstOrDefault(r => string.Equals(r.Type, "team", StringComparison.OrdinalIgnoreCase))?.Name;
        var policy = responders.FirstOrDefault(r => string.Equals(r.Type, "escalation", StringComparison.OrdinalIgnoreCase))?.Name;
        return new AlertRoute(team, policy);
    }
}

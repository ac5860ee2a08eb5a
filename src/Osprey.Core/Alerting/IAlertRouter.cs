namespace Osprey.Core.Alerting;

/// <summary>Chooses a new alert's team and escalation policy from its tags, labels, priority and responders; called once when an alert opens.</summary>
public interface IAlertRouter
{
    /// <summary>Returns the route for a request that is about to open a new alert.</summary>
    AlertRoute Route(AlertRequest request);
}

namespace Osprey.Core.Alerting.Rules;

/// <summary>Where one series of a rule stands, as in Prometheus: the condition is false, true for less than <c>for</c>, or true long enough to alert.</summary>
public enum RuleState
{
    Inactive,
    Pending,
    Firing,
}

namespace Osprey.Core.Alerting.Analytics;

/// <summary>What the analytics breakdown groups alerts by.</summary>
public enum AlertGrouping
{
    Team,
    Priority,
    Entity,
}

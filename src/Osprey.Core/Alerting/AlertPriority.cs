namespace Osprey.Core.Alerting;

/// <summary>How urgent an alert is, P1 (critical) to P5 (informational); P3 when a source says nothing.</summary>
public enum AlertPriority
{
    P1 = 1,
    P2 = 2,
    P3 = 3,
    P4 = 4,
    P5 = 5,
}

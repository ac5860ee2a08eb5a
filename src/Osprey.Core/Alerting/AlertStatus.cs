namespace Osprey.Core.Alerting;

/// <summary>Whether an alert is still open; acknowledgement and snoozing are separate flags of an open alert.</summary>
public enum AlertStatus
{
    Open,
    Closed,
}

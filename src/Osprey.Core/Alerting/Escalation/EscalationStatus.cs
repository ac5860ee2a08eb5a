namespace Osprey.Core.Alerting.Escalation;

/// <summary>Whether an alert's escalation still pages: active, stopped by acknowledge or close, or finished after its last step and repeat.</summary>
public enum EscalationStatus
{
    Active,
    Stopped,
    Finished,
}

namespace Osprey.Core.Alerting.Alerts;

/// <summary>How an alert identifier is read, as Opsgenie's <c>identifierType</c>: the alert's id, its short number, or its alias.</summary>
public enum AlertIdentifierType
{
    Id,
    Tiny,
    Alias,
}

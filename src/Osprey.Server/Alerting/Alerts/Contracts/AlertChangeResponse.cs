namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>The answer to an action: Opsgenie's <c>result</c>, the alert after it, and the event recorded (absent when the action changed nothing).</summary>
public sealed record AlertChangeResponse(string Result, double Took, string RequestId, AlertDto Data, AlertEventDto? Event);

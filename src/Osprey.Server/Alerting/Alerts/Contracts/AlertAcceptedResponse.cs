namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>Opsgenie's 202 answer (<c>result</c>, <c>took</c> in seconds, <c>requestId</c>) plus the alert it landed on and whether it was a repeat.</summary>
public sealed record AlertAcceptedResponse(string Result, double Took, string RequestId, string AlertId, bool Deduplicated, int Count);

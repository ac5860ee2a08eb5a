namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>One alert in Opsgenie's envelope (<c>data</c>, <c>requestId</c>).</summary>
public sealed record AlertResponse(AlertDto Data, string RequestId);

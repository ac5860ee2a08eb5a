namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>An alert's history, oldest first.</summary>
public sealed record AlertHistoryResponse(IReadOnlyList<AlertEventDto> Data, string RequestId);

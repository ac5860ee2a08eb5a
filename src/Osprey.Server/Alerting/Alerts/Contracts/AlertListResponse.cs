namespace Osprey.Server.Alerting.Alerts.Contracts;

/// <summary>A page of alerts, newest first, with how many match in all.</summary>
public sealed record AlertListResponse(IReadOnlyList<AlertDto> Data, int TotalCount, int Offset, string RequestId);

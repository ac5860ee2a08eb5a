namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>The answer of <c>GET /api/oncall/schedules/{name}/timeline</c>.</summary>
public sealed record TimelineResponse(string Schedule, IReadOnlyList<ShiftDto> Shifts);

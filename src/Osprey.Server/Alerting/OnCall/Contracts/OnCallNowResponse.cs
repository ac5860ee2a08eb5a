namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>The answer of <c>GET /api/oncall/now</c>.</summary>
public sealed record OnCallNowResponse(IReadOnlyList<OnCallNowDto> OnCall);

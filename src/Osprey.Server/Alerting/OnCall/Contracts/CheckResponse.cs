namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>The answer of <c>GET /api/oncall/check</c>: empty when nothing would page nobody.</summary>
public sealed record CheckResponse(IReadOnlyList<WarningDto> Warnings);

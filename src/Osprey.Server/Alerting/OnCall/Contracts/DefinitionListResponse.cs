namespace Osprey.Server.Alerting.OnCall.Contracts;

/// <summary>The answer of <c>GET /api/oncall/definitions</c>.</summary>
public sealed record DefinitionListResponse(IReadOnlyList<DefinitionDto> Definitions);

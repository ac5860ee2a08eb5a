namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/log-parameter</c>.</summary>
public sealed record LogParamRequest(string? RunId, string? RunUuid, string? Key, string? Value);

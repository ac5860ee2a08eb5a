namespace Osprey.Server.Contracts.Tracking;

/// <summary>The answer of <c>runs/update</c>.</summary>
public sealed record UpdateRunResponse(RunInfoDto RunInfo);

namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/update</c>; <see cref="RunUuid"/> is MLflow's deprecated spelling of <see cref="RunId"/>.</summary>
public sealed record UpdateRunRequest(string? RunId, string? RunUuid, string? Status, long? EndTime, string? RunName);

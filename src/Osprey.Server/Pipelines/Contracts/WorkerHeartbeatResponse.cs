namespace Osprey.Server.Pipelines.Contracts;

/// <summary>The tries the worker must kill, and the lease length (renew well within it).</summary>
public sealed record WorkerHeartbeatResponse(IReadOnlyList<WorkerLeaseDto> Revoked, long LeaseMs);

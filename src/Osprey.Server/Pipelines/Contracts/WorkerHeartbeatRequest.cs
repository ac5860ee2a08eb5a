namespace Osprey.Server.Pipelines.Contracts;

/// <summary><c>POST /api/osprey/pipelines/workers/heartbeat</c>: renew these leases and wait up to <c>wait_ms</c> for kill notices.</summary>
public sealed record WorkerHeartbeatRequest(string? WorkerId, IReadOnlyList<WorkerLeaseDto>? Leases, long? WaitMs);

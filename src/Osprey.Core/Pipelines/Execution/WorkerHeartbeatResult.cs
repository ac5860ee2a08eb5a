using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>The answer to a heartbeat: the tries the worker must kill (cancelled, timed out, or no longer its own) and how long a lease lasts.</summary>
public sealed record WorkerHeartbeatResult(IReadOnlyList<TaskLease> Revoked, TimeSpan LeaseDuration);

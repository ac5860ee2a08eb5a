namespace Osprey.Core.Pipelines.Runs;

/// <summary>A try handed to a worker: the lease it now holds and what to run.</summary>
public sealed record TaskClaim(TaskLease Lease, TaskDispatch Dispatch);

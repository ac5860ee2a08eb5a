using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>A worker renewing the leases of the tries it runs, and waiting up to <see cref="Wait"/> for kill notices.</summary>
public sealed record WorkerHeartbeat(string WorkerId, IReadOnlyList<TaskLease> Leases, TimeSpan Wait);

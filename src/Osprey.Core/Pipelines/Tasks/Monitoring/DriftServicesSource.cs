using Osprey.Core.Monitoring.Drift;

namespace Osprey.Core.Pipelines.Tasks.Monitoring;

/// <summary>Gives a drift_check runner the registry, tracking, prediction log and series services for one try.</summary>
public delegate Task<DriftServices> DriftServicesSource(TaskRun run, CancellationToken ct);

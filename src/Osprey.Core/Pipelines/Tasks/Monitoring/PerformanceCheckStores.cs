namespace Osprey.Core.Pipelines.Tasks.Monitoring;

/// <summary>Gives a <c>performance_check</c> try the stores of the workspace it runs in (the prediction log is only read where it is stored).</summary>
public delegate Task<WorkspaceStores> PerformanceCheckStores(TaskRun run, CancellationToken ct);

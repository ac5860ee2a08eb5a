using Osprey.Core.Learning.Jobs;

namespace Osprey.Core.Pipelines.Tasks.Learning;

/// <summary>Gives a learning runner the tracking and registry services for one try (the worker's workspace, or a server it talks to).</summary>
public delegate Task<JobServices> JobServicesSource(TaskRun run, CancellationToken ct);

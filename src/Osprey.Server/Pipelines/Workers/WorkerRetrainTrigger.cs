using Osprey.Core.Monitoring.Triggers;

namespace Osprey.Server.Pipelines.Workers;

/// <summary>The retrain trigger of a worker's drift and performance checks: the server the worker serves starts the run (through the same
/// pipeline service as its API, so the scheduler hands out its tasks at once) under the cooldown kept in the server's workspace. A worker
/// channel without the monitoring API (<c>osprey run</c>) shares the worker's workspace, so there the run is started in that workspace instead.</summary>
public sealed class WorkerRetrainTrigger(WorkerClient server, IRetrainTrigger workspace) : IRetrainTrigger
{
    /// <inheritdoc/>
    public async Task<RetrainOutcome> FireAsync(RetrainRequest request, CancellationToken ct) =>
        await server.RetrainAsync(request, ct) ?? await workspace.FireAsync(request, ct);
}

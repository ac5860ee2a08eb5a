using Osprey.Core.Monitoring.Triggers;
using Osprey.Core.Pipelines.Execution;
using Osprey.Core.Pipelines.Tasks.Learning;
using Osprey.Storage.Sqlite.Monitoring;

namespace Osprey.Server.Pipelines.Workers;

/// <summary>Starts retrain runs in the worker's own workspace (opened on first use), with the cooldown kept in that workspace's database;
/// the process running the pipelines of that workspace claims the run's tasks from the store.</summary>
public sealed class WorkspaceRetrainTrigger(SqliteMonitoringStores stores, string home, TimeProvider clock) : IRetrainTrigger
{
    /// <inheritdoc/>
    public async Task<RetrainOutcome> FireAsync(RetrainRequest request, CancellationToken ct)
    {
        var workspace = await stores.GetAsync(ct);
        var pipelines = new PipelineService(workspace, home, clock, LearningTaskTypes.Catalog);
        return await new PipelineRetrainTrigger(pipelines, workspace.RetrainCooldowns, clock).FireAsync(request, ct);
    }
}

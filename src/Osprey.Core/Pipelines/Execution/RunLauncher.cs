using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Creates runs (started now or queued), starts queued ones and cancels runs, for manual triggers and the scheduler alike.</summary>
internal sealed class RunLauncher(IPipelineRunStore store, RunStepper stepper)
{
    public async Task<PipelineRunRecord> CreateAsync(LoadedPipeline pipeline, RunContext context, bool startNow, DateTimeOffset now,
        DateTimeOffset? scheduledThrough, CancellationToken ct)
    {
        var definition = pipeline.RequireDefinition();
        if (!startNow)
        {
            return await store.CreateRunAsync(NewPipelineRun.Queued(definition, context, pipeline.Digest, now, scheduledThrough), ct);
        }
        var start = PipelineRunState.Start(definition, context, now, stepper.Jitter);
        var record = await store.CreateRunAsync(NewPipelineRun.Started(start, pipeline.Digest, scheduledThrough), ct);
        stepper.Created(record.Id, start, record.Version);
        return record;
    }

    public Task<RunStepped?> CancelAsync(PipelineRunId id, string reason, DateTimeOffset now, CancellationToken ct) =>
        stepper.ApplyAsync(id, new CancelRequested(now, reason), null, ct);
}

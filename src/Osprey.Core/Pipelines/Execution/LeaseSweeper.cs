using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>Finds tries whose worker is gone — leases past their expiry, and leases of worker processes on this machine that no longer run —
/// and tells their runs they were lost (retried or failed per policy); also applies completions that were recorded but never applied.</summary>
internal sealed class LeaseSweeper(PipelineService service, PipelineRuntimeOptions options, TimeProvider clock, IPipelineRuntimeLog? log)
{
    private const int Batch = 1000;

    public async Task SweepAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var completion in await service.Runs.FindPendingCompletionsAsync(Batch, ct))
        {
            await ApplyAsync(completion.RunId, completion.ToEvent(), new TaskAttempt(completion.TaskId, completion.TryNumber), ct);
        }
        // Every live lease expires within one lease duration, so this lists them all; a gone local worker's need not wait for expiry.
        var leases = await service.Runs.FindExpiredLeasesAsync(now + options.LeaseDuration + options.LeaseDuration, Batch, ct);
        var gone = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var lease in leases)
        {
            if (lease.ExpiresAt < now || (gone.TryGetValue(lease.WorkerId, out var isGone) ? isGone : gone[lease.WorkerId] = WorkerIds.IsGone(lease.WorkerId)))
            {
                await ApplyAsync(lease.RunId, lease.ToLostEvent(now), null, ct);
            }
        }
    }

    private async Task ApplyAsync(PipelineRunId runId, RunEvent runEvent, TaskAttempt? completion, CancellationToken ct)
    {
        try
        {
            await service.Stepper.ApplyAsync(runId, runEvent, completion, ct);
        }
        catch (OspreyException e)
        {
            // One broken run (its pipeline deleted, say) must not stop the others from being swept.
            log?.Failed($"applying {runEvent.GetType().Name} to run {runId}", e);
        }
    }
}

using Osprey.Core.Pipelines;
using Osprey.Core.Pipelines.Execution;

namespace Osprey.Core.Monitoring.Triggers;

/// <summary>Starts a pipeline run as a manual trigger (the same path as <c>osprey pipelines trigger</c>), at most once per monitor and pipeline
/// within the cooldown; the last firing is claimed in the store before the run starts, so concurrent requests and restarts cannot fire twice.</summary>
public sealed class PipelineRetrainTrigger(IPipelineService pipelines, IRetrainCooldownStore cooldowns, TimeProvider clock) : IRetrainTrigger
{
    /// <inheritdoc/>
    /// <exception cref="OspreyException"><see cref="ErrorCode.InvalidParameter"/> for an empty monitor or pipeline or a negative cooldown; the pipeline
    /// service's own failure (such as <see cref="ErrorCode.NotFound"/> for an unknown pipeline), after which the cooldown is released.</exception>
    public async Task<RetrainOutcome> FireAsync(RetrainRequest request, CancellationToken ct)
    {
        Validate(request);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var cooldownMs = (long)request.Cooldown.TotalMilliseconds;
        var claim = await cooldowns.TryClaimAsync(request.Monitor, request.Pipeline, now, cooldownMs, request.Reason, ct);
        if (!claim.Claimed)
        {
            var endsAt = claim.FiredAt + cooldownMs;
            var started = claim.RunId is null ? "" : $" (run {claim.RunId})";
            return new RetrainOutcome(false, null, endsAt,
                $"'{request.Monitor}' already started '{request.Pipeline}' at {Time(claim.FiredAt)}{started}; the {DurationText.Format(request.Cooldown)} cooldown ends at {Time(endsAt)}.");
        }
        try
        {
            var run = await pipelines.TriggerAsync(request.Pipeline, null, ct);
            var runId = run.Id.ToString();
            await cooldowns.RecordRunAsync(request.Monitor, request.Pipeline, now, runId, ct);
            return new RetrainOutcome(true, runId, now + cooldownMs, $"Started run {runId} of '{request.Pipeline}' because {request.Reason}.");
        }
        catch
        {
            // The run never started, so the cooldown must not hold back the next request.
            await cooldowns.ReleaseAsync(request.Monitor, request.Pipeline, now, CancellationToken.None);
            throw;
        }
    }

    private static void Validate(RetrainRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.Monitor) || string.IsNullOrWhiteSpace(request.Pipeline))
        {
            throw OspreyException.Invalid("A retrain request needs the monitor's name and the pipeline to start.");
        }
        if (request.Cooldown < TimeSpan.Zero || request.Cooldown > DurationText.Max)
        {
            throw OspreyException.Invalid($"The cooldown of retrain trigger '{request.Monitor}' must be between 0s and {DurationText.Format(DurationText.Max)}, got {request.Cooldown}.");
        }
    }

    private static string Time(long unixMs) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}

namespace Osprey.Core.Monitoring.Triggers;

/// <summary>Starts a pipeline run when a monitor crosses its threshold, unless the same monitor already did within its cooldown.</summary>
public interface IRetrainTrigger
{
    /// <summary>Fires the request or explains why it was held back; the cooldown survives restarts.</summary>
    Task<RetrainOutcome> FireAsync(RetrainRequest request, CancellationToken ct);
}

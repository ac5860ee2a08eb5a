namespace Osprey.Core.Monitoring.Triggers;

/// <summary>When each monitor last started each pipeline, kept in the workspace database so retrain cooldowns survive restarts.</summary>
public interface IRetrainCooldownStore
{
    /// <summary>Atomically records a firing at <paramref name="now"/> unless the last one for the pair is less than <paramref name="cooldownMs"/> before it.</summary>
    Task<CooldownClaim> TryClaimAsync(string monitor, string pipeline, long now, long cooldownMs, string reason, CancellationToken ct);

    /// <summary>Records the pipeline run a successful claim started.</summary>
    Task RecordRunAsync(string monitor, string pipeline, long firedAt, string runId, CancellationToken ct);

    /// <summary>Forgets the claim made at <paramref name="firedAt"/> (the run could not start), so the next request may fire at once.</summary>
    Task ReleaseAsync(string monitor, string pipeline, long firedAt, CancellationToken ct);

    /// <summary>Returns the last firing of a pair, or null when it never fired.</summary>
    Task<CooldownClaim?> GetAsync(string monitor, string pipeline, CancellationToken ct);
}

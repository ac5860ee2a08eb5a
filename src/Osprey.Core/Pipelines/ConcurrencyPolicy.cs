namespace Osprey.Core.Pipelines;

/// <summary>What the scheduler does when a run falls due while another run of the same pipeline is active.</summary>
public enum ConcurrencyPolicy
{
    /// <summary>Runs overlap, up to the pipeline's max_active_runs.</summary>
    Allow,
    /// <summary>A due run waits (catchup on) or is skipped (catchup off) while another run is active, like Kubernetes' Forbid.</summary>
    Forbid,
    /// <summary>The active run is cancelled and the newly due run starts in its place.</summary>
    Replace,
}

namespace Osprey.Core.Pipelines.Execution;

/// <summary>How the pipeline runtime schedules and hands out work.</summary>
public sealed record PipelineRuntimeOptions
{
    /// <summary>Gets how long a claimed try is a worker's without a heartbeat; a worker that stops renewing loses its tries after this.</summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets how often expired leases (and leases of worker processes that are gone) are looked for.</summary>
    public TimeSpan SweepEvery { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets how often the pipelines folder is read again and every pipeline's schedule checked, besides the checks at each fire time.</summary>
    public TimeSpan RescanEvery { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the longest a worker's poll waits for work before answering empty.</summary>
    public TimeSpan MaxPollWait { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Gets whether schedules create runs (false for <c>osprey run</c>, which runs one pipeline once).</summary>
    public bool Schedules { get; init; } = true;

    /// <summary>Gets whether starting takes over every running run of the workspace (false for <c>osprey run</c>, which drives only its own run).</summary>
    public bool Recovers { get; init; } = true;
}

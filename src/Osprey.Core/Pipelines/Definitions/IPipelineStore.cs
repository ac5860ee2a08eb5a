namespace Osprey.Core.Pipelines.Definitions;

/// <summary>Persists what a workspace knows about each pipeline besides its runs: the YAML registered through the CLI or API, and whether its schedule is paused.</summary>
/// <remarks>Pipelines in the workspace's <c>pipelines/</c> folder need no registration; a row appears for them the first time the scheduler sees them.</remarks>
public interface IPipelineStore
{
    /// <summary>Lists every pipeline the store knows, by name.</summary>
    Task<IReadOnlyList<PipelineRecord>> ListAsync(CancellationToken ct);

    /// <summary>Gets a pipeline by name, or null when the store has never seen it.</summary>
    Task<PipelineRecord?> FindAsync(string name, CancellationToken ct);

    /// <summary>Stores (or replaces) the YAML source of a registered pipeline, creating its row at <paramref name="now"/> when new.</summary>
    Task SaveSourceAsync(string name, string source, DateTimeOffset now, CancellationToken ct);

    /// <summary>Forgets a registered pipeline's source (its runs stay); throws <see cref="ErrorCode.NotFound"/> when it has none.</summary>
    Task RemoveSourceAsync(string name, CancellationToken ct);

    /// <summary>Pauses or unpauses a pipeline's schedule, creating its row when new; unpausing counts as registering it again at <paramref name="now"/>.</summary>
    Task SetPausedAsync(string name, bool paused, DateTimeOffset now, CancellationToken ct);
}

namespace Osprey.Core.Tracking;

/// <summary>Creates, finds, renames, tags, deletes and restores experiments, validating every input.</summary>
public interface IExperimentService
{
    /// <summary>Creates an experiment; the artifact location defaults to the workspace's artifact root.</summary>
    Task<ExperimentId> CreateAsync(string name, string? artifactLocation, IReadOnlyList<Tag>? tags, CancellationToken ct);

    /// <summary>Gets an experiment by id.</summary>
    Task<Experiment> GetAsync(string experimentId, CancellationToken ct);

    /// <summary>Gets an experiment by exact name; throws <see cref="ErrorCode.NotFound"/> when none has it.</summary>
    Task<Experiment> GetByNameAsync(string name, CancellationToken ct);

    /// <summary>Searches experiments (filter on name, tags, creation_time, last_update_time).</summary>
    Task<Page<Experiment>> SearchAsync(SearchRequest request, CancellationToken ct);

    /// <summary>Renames an experiment.</summary>
    Task RenameAsync(string experimentId, string newName, CancellationToken ct);

    /// <summary>Soft-deletes an experiment and its runs.</summary>
    Task DeleteAsync(string experimentId, CancellationToken ct);

    /// <summary>Restores a soft-deleted experiment and its runs.</summary>
    Task RestoreAsync(string experimentId, CancellationToken ct);

    /// <summary>Sets an experiment tag (last write wins).</summary>
    Task SetTagAsync(string experimentId, string key, string value, CancellationToken ct);

    /// <summary>Deletes an experiment tag.</summary>
    Task DeleteTagAsync(string experimentId, string key, CancellationToken ct);
}

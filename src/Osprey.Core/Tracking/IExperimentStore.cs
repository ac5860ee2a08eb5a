using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tracking;

/// <summary>Persists experiments and their tags.</summary>
/// <remarks>Every member throws <see cref="OspreyException"/> with <see cref="ErrorCode.NotFound"/> for an unknown id and <see cref="ErrorCode.AlreadyExists"/> for a duplicate name.</remarks>
public interface IExperimentStore
{
    /// <summary>Creates an experiment and returns its id; <paramref name="artifactLocation"/> may contain <c>{id}</c>, replaced by the new id.</summary>
    Task<ExperimentId> CreateAsync(string name, string artifactLocation, IReadOnlyList<Tag> tags, long now, CancellationToken ct);

    /// <summary>Gets an experiment in any lifecycle stage.</summary>
    Task<Experiment> GetAsync(ExperimentId id, CancellationToken ct);

    /// <summary>Gets an experiment by exact name, or null.</summary>
    Task<Experiment?> FindByNameAsync(string name, CancellationToken ct);

    /// <summary>Searches experiments; the default order is last_update_time descending, then id.</summary>
    Task<IReadOnlyList<Experiment>> SearchAsync(SearchQuery query, CancellationToken ct);

    /// <summary>Renames an experiment.</summary>
    Task RenameAsync(ExperimentId id, string newName, long now, CancellationToken ct);

    /// <summary>Soft-deletes or restores an experiment, and its runs with it; throws <see cref="ErrorCode.InvalidState"/> when already in that stage.</summary>
    Task SetLifecycleStageAsync(ExperimentId id, LifecycleStage stage, long now, CancellationToken ct);

    /// <summary>Sets (last write wins) or, with a null value, deletes an experiment tag.</summary>
    Task SetTagAsync(ExperimentId id, string key, string? value, long now, CancellationToken ct);
}

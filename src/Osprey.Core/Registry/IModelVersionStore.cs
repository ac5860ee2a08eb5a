using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Registry;

/// <summary>Persists model versions, stages, aliases and the append-only history of stage and alias moves.</summary>
/// <remarks>Every stage or alias move appends a <see cref="RegistryEvent"/> in the same transaction.</remarks>
public interface IModelVersionStore
{
    /// <summary>Creates the next version (one more than the highest ever used for the model) with status READY.</summary>
    Task<ModelVersion> CreateAsync(NewModelVersion version, CancellationToken ct);

    /// <summary>Gets a version; throws <see cref="ErrorCode.NotFound"/> when absent.</summary>
    Task<ModelVersion> GetAsync(string name, int version, CancellationToken ct);

    /// <summary>Searches versions; default order is name ascending, then version descending.</summary>
    Task<IReadOnlyList<ModelVersion>> SearchAsync(SearchQuery query, CancellationToken ct);

    /// <summary>Replaces a version's description.</summary>
    Task<ModelVersion> UpdateDescriptionAsync(string name, int version, string description, long now, CancellationToken ct);

    /// <summary>Deletes a version and the aliases that point at it (recorded as alias deletions).</summary>
    Task DeleteAsync(string name, int version, RegistryChange change, CancellationToken ct);

    /// <summary>Moves a version to a stage; with <paramref name="archiveExisting"/>, other versions in that stage move to Archived atomically.</summary>
    Task<ModelVersion> TransitionStageAsync(string name, int version, ModelStage stage, bool archiveExisting, RegistryChange change, CancellationToken ct);

    /// <summary>Sets (last write wins) or, with a null value, deletes a version tag.</summary>
    Task SetTagAsync(string name, int version, string key, string? value, long now, CancellationToken ct);

    /// <summary>Points an alias at a version, replacing any previous holder.</summary>
    Task SetAliasAsync(string name, string alias, int version, RegistryChange change, CancellationToken ct);

    /// <summary>Removes an alias; throws <see cref="ErrorCode.NotFound"/> when it does not exist.</summary>
    Task DeleteAliasAsync(string name, string alias, RegistryChange change, CancellationToken ct);

    /// <summary>Gets the version an alias points at.</summary>
    Task<ModelVersion> GetByAliasAsync(string name, string alias, CancellationToken ct);

    /// <summary>Returns a model's history, oldest first, optionally for one alias or stage (<paramref name="target"/>) and up to a time.</summary>
    Task<IReadOnlyList<RegistryEvent>> GetHistoryAsync(string name, string? target, long? upTo, CancellationToken ct);
}

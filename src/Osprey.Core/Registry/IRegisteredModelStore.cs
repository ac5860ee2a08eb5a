using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Registry;

/// <summary>Persists registered models, their tags and aliases.</summary>
/// <remarks>Unknown names throw <see cref="ErrorCode.NotFound"/>; duplicate names <see cref="ErrorCode.AlreadyExists"/>.</remarks>
public interface IRegisteredModelStore
{
    /// <summary>Creates a registered model.</summary>
    Task<RegisteredModel> CreateAsync(string name, string description, IReadOnlyList<Tag> tags, long now, CancellationToken ct);

    /// <summary>Gets a registered model with its latest version per stage, tags and aliases.</summary>
    Task<RegisteredModel> GetAsync(string name, CancellationToken ct);

    /// <summary>Searches registered models; default order is name ascending.</summary>
    Task<IReadOnlyList<RegisteredModel>> SearchAsync(SearchQuery query, CancellationToken ct);

    /// <summary>Renames a model; its versions, aliases and history follow.</summary>
    Task<RegisteredModel> RenameAsync(string name, string newName, long now, CancellationToken ct);

    /// <summary>Replaces the description.</summary>
    Task<RegisteredModel> UpdateDescriptionAsync(string name, string description, long now, CancellationToken ct);

    /// <summary>Deletes a model with all its versions, tags and aliases; its history is kept and records the aliases and stages it empties.</summary>
    Task DeleteAsync(string name, RegistryChange change, CancellationToken ct);

    /// <summary>Sets (last write wins) or, with a null value, deletes a model tag.</summary>
    Task SetTagAsync(string name, string key, string? value, long now, CancellationToken ct);
}

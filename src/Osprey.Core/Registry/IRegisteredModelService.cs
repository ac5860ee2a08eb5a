using Osprey.Core.Tracking;

namespace Osprey.Core.Registry;

/// <summary>Creates, finds, renames, describes, tags and deletes registered models.</summary>
public interface IRegisteredModelService
{
    Task<RegisteredModel> CreateAsync(string name, string? description, IReadOnlyList<Tag>? tags, CancellationToken ct);

    Task<RegisteredModel> GetAsync(string name, CancellationToken ct);

    /// <summary>Searches models (filter on name with = or LIKE/ILIKE, and tags).</summary>
    Task<Page<RegisteredModel>> SearchAsync(SearchRequest request, CancellationToken ct);

    Task<RegisteredModel> RenameAsync(string name, string newName, CancellationToken ct);

    Task<RegisteredModel> UpdateAsync(string name, string description, CancellationToken ct);

    Task DeleteAsync(string name, CancellationToken ct);

    Task SetTagAsync(string name, string key, string value, CancellationToken ct);

    Task DeleteTagAsync(string name, string key, CancellationToken ct);

    /// <summary>Gets the latest READY version in each requested stage (every stage when none are named).</summary>
    Task<IReadOnlyList<ModelVersion>> GetLatestVersionsAsync(string name, IReadOnlyList<string>? stages, CancellationToken ct);
}

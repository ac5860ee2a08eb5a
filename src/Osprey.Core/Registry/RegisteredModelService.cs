using Osprey.Core.Security;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Registry;

/// <summary>Validates registered-model requests and applies them to the store.</summary>
internal sealed class RegisteredModelService(IRegisteredModelStore store, TimeProvider clock, ICallerIdentity caller) : IRegisteredModelService
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    /// <inheritdoc/>
    public Task<RegisteredModel> CreateAsync(string name, string? description, IReadOnlyList<Tag>? tags, CancellationToken ct)
    {
        EntityValidator.ModelName(name);
        EntityValidator.Length(description, TrackingLimits.MaxTagValueLength, "description");
        return store.CreateAsync(name, description ?? "", RunBatchValidator.Tags(tags ?? []), Now(), ct);
    }

    /// <inheritdoc/>
    public Task<RegisteredModel> GetAsync(string name, CancellationToken ct) => store.GetAsync(EntityValidator.ModelName(name), ct);

    /// <inheritdoc/>
    public async Task<Page<RegisteredModel>> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var query = SearchRequestParser.Parse(request, SearchFieldSet.RegisteredModels, DefaultPageSize, MaxPageSize);
        var found = await store.SearchAsync(query with { MaxResults = query.MaxResults + 1 }, ct);
        return PageToken.Paginate(found, query.Offset, query.MaxResults);
    }

    /// <inheritdoc/>
    public Task<RegisteredModel> RenameAsync(string name, string newName, CancellationToken ct) =>
        store.RenameAsync(EntityValidator.ModelName(name), EntityValidator.ModelName(newName, "new_name"), Now(), ct);

    /// <inheritdoc/>
    public Task<RegisteredModel> UpdateAsync(string name, string description, CancellationToken ct)
    {
        EntityValidator.Length(description, TrackingLimits.MaxTagValueLength, "description");
        return store.UpdateDescriptionAsync(EntityValidator.ModelName(name), description ?? "", Now(), ct);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string name, CancellationToken ct) =>
        store.DeleteAsync(EntityValidator.ModelName(name), new RegistryChange(caller.Name, "model deleted", Now()), ct);

    /// <inheritdoc/>
    public Task SetTagAsync(string name, string key, string value, CancellationToken ct)
    {
        EntityValidator.Key(key, "key");
        EntityValidator.Length(value, TrackingLimits.MaxTagValueLength, "value");
        return store.SetTagAsync(EntityValidator.ModelName(name), key, value ?? "", Now(), ct);
    }

    /// <inheritdoc/>
    public Task DeleteTagAsync(string name, string key, CancellationToken ct)
    {
        EntityValidator.Key(key, "key");
        return store.SetTagAsync(EntityValidator.ModelName(name), key, null, Now(), ct);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ModelVersion>> GetLatestVersionsAsync(string name, IReadOnlyList<string>? stages, CancellationToken ct)
    {
        var model = await GetAsync(name, ct);
        var wanted = stages is { Count: > 0 } ? stages.Select(s => RegistryNames.Stage(s, "stages")).ToHashSet() : null;
        return model.LatestVersions
            .Where(v => v.Status == ModelVersionStatus.Ready && (wanted is null || wanted.Contains(v.CurrentStage)))
            .OrderBy(v => v.CurrentStage)
            .ToList();
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

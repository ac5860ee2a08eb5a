using Osprey.Core.Artifacts;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tracking;

/// <summary>Validates experiment requests and applies them to the store.</summary>
internal sealed class ExperimentService(IExperimentStore store, TimeProvider clock) : IExperimentService
{
    /// <inheritdoc/>
    public Task<ExperimentId> CreateAsync(string name, string? artifactLocation, IReadOnlyList<Tag>? tags, CancellationToken ct)
    {
        ValidateName(name, "name");
        var validTags = ValidateTags(tags);
        var location = string.IsNullOrWhiteSpace(artifactLocation) ? ArtifactUri.Scheme + "{id}" : artifactLocation;
        return store.CreateAsync(name, location, validTags, Now(), ct);
    }

    /// <inheritdoc/>
    public Task<Experiment> GetAsync(string experimentId, CancellationToken ct) =>
        store.GetAsync(ExperimentId.Parse(experimentId), ct);

    /// <inheritdoc/>
    public async Task<Experiment> GetByNameAsync(string name, CancellationToken ct)
    {
        EntityValidator.Required(name, "experiment_name");
        return await store.FindByNameAsync(name, ct)
            ?? throw OspreyException.NotFound($"Could not find experiment with name '{name}'.");
    }

    /// <inheritdoc/>
    public async Task<Page<Experiment>> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var query = SearchRequestParser.Parse(request, SearchFieldSet.Experiments, TrackingLimits.DefaultSearchResults, TrackingLimits.MaxSearchResults);
        var found = await store.SearchAsync(query with { MaxResults = query.MaxResults + 1 }, ct);
        return PageToken.Paginate(found, query.Offset, query.MaxResults);
    }

    /// <inheritdoc/>
    public Task RenameAsync(string experimentId, string newName, CancellationToken ct)
    {
        ValidateName(newName, "new_name");
        return store.RenameAsync(ExperimentId.Parse(experimentId), newName, Now(), ct);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string experimentId, CancellationToken ct)
    {
        var id = ExperimentId.Parse(experimentId);
        return store.SetLifecycleStageAsync(id, LifecycleStage.Deleted, Now(), ct);
    }

    /// <inheritdoc/>
    public Task RestoreAsync(string experimentId, CancellationToken ct) =>
        store.SetLifecycleStageAsync(ExperimentId.Parse(experimentId), LifecycleStage.Active, Now(), ct);

    /// <inheritdoc/>
    public Task SetTagAsync(string experimentId, string key, string value, CancellationToken ct)
    {
        EntityValidator.Key(key, "key");
        EntityValidator.Length(value, TrackingLimits.MaxTagValueLength, "value");
        return store.SetTagAsync(ExperimentId.Parse(experimentId), key, value ?? "", Now(), ct);
    }

    /// <inheritdoc/>
    public Task DeleteTagAsync(string experimentId, string key, CancellationToken ct)
    {
        EntityValidator.Key(key, "key");
        return store.SetTagAsync(ExperimentId.Parse(experimentId), key, null, Now(), ct);
    }

    private static void ValidateName(string? name, string field)
    {
        EntityValidator.Required(name, field);
        EntityValidator.Length(name, TrackingLimits.MaxExperimentNameLength, field);
    }

    private static IReadOnlyList<Tag> ValidateTags(IReadOnlyList<Tag>? tags)
    {
        foreach (var tag in tags ?? [])
        {
            EntityValidator.Key(tag.Key, "tag key");
            EntityValidator.Length(tag.Value, TrackingLimits.MaxTagValueLength, $"value of tag '{tag.Key}'");
        }
        return tags ?? [];
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

using Osprey.Core.Security;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Registry;

/// <summary>Validates model-version requests, links versions to runs, resolves model URIs and records who moved what.</summary>
internal sealed class ModelVersionService(
    IModelVersionStore versions,
    IRegisteredModelStore models,
    IRunStore runs,
    ILoggedModelStore loggedModels,
    TimeProvider clock,
    ICallerIdentity caller) : IModelVersionService
{
    private const string RunsScheme = "runs:/";
    private const int DefaultPageSize = 10_000;
    private const int MaxPageSize = 200_000;

    /// <inheritdoc/>
    public async Task<ModelVersion> CreateAsync(string name, string source, string? runId, string? description, IReadOnlyList<Tag>? tags, CancellationToken ct)
    {
        EntityValidator.ModelName(name);
        EntityValidator.Required(source, "source");
        EntityValidator.Length(source, 65_535, "source");
        EntityValidator.Length(description, TrackingLimits.MaxTagValueLength, "description");
        var linkedRun = string.IsNullOrEmpty(runId) ? RunOfSource(source) : runId;
        if (LoggedModelId.TryParseUri(source, out var modelId))
        {
            linkedRun ??= (await ActiveLoggedModelAsync(modelId, ct)).SourceRunId;
        }
        if (linkedRun is not null)
        {
            await runs.GetAsync(RunId.Parse(linkedRun), ct); // lineage must point at a run that exists
        }
        var version = new NewModelVersion(name, source, linkedRun, "", description ?? "", caller.Name, RunBatchValidator.Tags(tags ?? []), Now());
        return await versions.CreateAsync(version, ct);
    }

    /// <inheritdoc/>
    public Task<ModelVersion> GetAsync(string name, string version, CancellationToken ct) =>
        versions.GetAsync(EntityValidator.ModelName(name), RegistryNames.Version(version), ct);

    /// <inheritdoc/>
    public async Task<Page<ModelVersion>> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var query = SearchRequestParser.Parse(request, SearchFieldSet.ModelVersions, DefaultPageSize, MaxPageSize);
        var found = await versions.SearchAsync(query with { MaxResults = query.MaxResults + 1 }, ct);
        return PageToken.Paginate(found, query.Offset, query.MaxResults);
    }

    /// <inheritdoc/>
    public Task<ModelVersion> UpdateAsync(string name, string version, string description, CancellationToken ct)
    {
        EntityValidator.Length(description, TrackingLimits.MaxTagValueLength, "description");
        return versions.UpdateDescriptionAsync(EntityValidator.ModelName(name), RegistryNames.Version(version), description ?? "", Now(), ct);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string name, string version, CancellationToken ct) =>
        versions.DeleteAsync(EntityValidator.ModelName(name), RegistryNames.Version(version), Change(null), ct);

    /// <inheritdoc/>
    public Task<ModelVersion> TransitionStageAsync(string name, string version, string stage, bool archiveExistingVersions, string? reason, CancellationToken ct)
    {
        EntityValidator.Length(reason, TrackingLimits.MaxTagValueLength, "reason");
        return versions.TransitionStageAsync(
            EntityValidator.ModelName(name), RegistryNames.Version(version), RegistryNames.Stage(stage), archiveExistingVersions, Change(reason), ct);
    }

    /// <inheritdoc/>
    public Task SetTagAsync(string name, string version, string key, string value, CancellationToken ct)
    {
        EntityValidator.Key(key, "key");
        EntityValidator.Length(value, TrackingLimits.MaxTagValueLength, "value");
        return versions.SetTagAsync(EntityValidator.ModelName(name), RegistryNames.Version(version), key, value ?? "", Now(), ct);
    }

    /// <inheritdoc/>
    public Task DeleteTagAsync(string name, string version, string key, CancellationToken ct)
    {
        EntityValidator.Key(key, "key");
        return versions.SetTagAsync(EntityValidator.ModelName(name), RegistryNames.Version(version), key, null, Now(), ct);
    }

    /// <inheritdoc/>
    public async Task<string> GetDownloadUriAsync(string name, string version, CancellationToken ct)
    {
        var found = await GetAsync(name, version, ct);
        if (LoggedModelId.TryParseUri(found.Source, out var modelId))
        {
            return (await loggedModels.GetAsync(modelId, ct)).ArtifactLocation;
        }
        if (!found.Source.StartsWith(RunsScheme, StringComparison.Ordinal))
        {
            return found.Source;
        }
        var rest = found.Source[RunsScheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var run = await runs.GetAsync(RunId.Parse(slash < 0 ? rest : rest[..slash], "source"), ct);
        return slash < 0 ? run.Info.ArtifactUri : run.Info.ArtifactUri.TrimEnd('/') + "/" + rest[(slash + 1)..];
    }

    /// <inheritdoc/>
    public async Task<ModelVersion> ResolveAsync(string modelUri, CancellationToken ct)
    {
        var parsed = ModelUri.Parse(modelUri);
        if (!parsed.Success)
        {
            throw OspreyException.Invalid($"Invalid model URI '{modelUri}' {parsed.Error}. Use models:/name/3, models:/name/latest, models:/name/Production or models:/name@alias.");
        }
        var uri = parsed.Value!;
        return uri.Kind switch
        {
            ModelUriKind.Version => await versions.GetAsync(uri.Name, uri.Version!.Value, ct),
            ModelUriKind.Alias => await versions.GetByAliasAsync(uri.Name, uri.Alias!, ct),
            ModelUriKind.Latest => await LatestAsync(uri.Name, null, ct),
            _ => await LatestAsync(uri.Name, uri.Stage, ct),
        };
    }

    /// <inheritdoc/>
    public async Task<ModelLineage> GetLineageAsync(string name, string version, CancellationToken ct)
    {
        var found = await GetAsync(name, version, ct);
        if (found.RunId is null)
        {
            return new ModelLineage(found, null);
        }
        try
        {
            return new ModelLineage(found, await runs.GetAsync(new RunId(found.RunId), ct));
        }
        catch (OspreyException e) when (e.Code == ErrorCode.NotFound)
        {
            return new ModelLineage(found, null);
        }
    }

    private async Task<ModelVersion> LatestAsync(string name, ModelStage? stage, CancellationToken ct)
    {
        var model = await models.GetAsync(name, ct);
        var candidates = model.LatestVersions.Where(v => stage is null || v.CurrentStage == stage).ToList();
        if (candidates.Count == 0)
        {
            var where = stage is null ? "" : $" in stage {stage}";
            throw OspreyException.NotFound($"Registered model '{name}' has no version{where}.");
        }
        return candidates.MaxBy(v => v.Version)!;
    }

    private async Task<LoggedModel> ActiveLoggedModelAsync(LoggedModelId id, CancellationToken ct)
    {
        var model = await loggedModels.GetAsync(id, ct);
        return model.LifecycleStage == LifecycleStage.Active
            ? model
            : throw new OspreyException(ErrorCode.InvalidState, $"Logged model '{id}' is deleted; a deleted model cannot be registered.");
    }

    private static string? RunOfSource(string source)
    {
        if (!source.StartsWith(RunsScheme, StringComparison.Ordinal))
        {
            return null;
        }
        var rest = source[RunsScheme.Length..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? rest : rest[..slash];
    }

    private RegistryChange Change(string? reason) => new(caller.Name, reason, Now());

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

using Osprey.Core.Tracking;

namespace Osprey.Core.Registry;

/// <summary>Creates, finds, updates, transitions and deletes model versions, and resolves <c>models:/</c> URIs.</summary>
public interface IModelVersionService
{
    /// <summary>Creates the next version of a model from a source URI, optionally linked to a run; a <c>models:/&lt;model_id&gt;</c> source names a logged model, whose run the version is linked to.</summary>
    Task<ModelVersion> CreateAsync(string name, string source, string? runId, string? description, IReadOnlyList<Tag>? tags, CancellationToken ct);

    Task<ModelVersion> GetAsync(string name, string version, CancellationToken ct);

    /// <summary>Searches versions (filter on name, version_number, run_id, source_path and tags).</summary>
    Task<Page<ModelVersion>> SearchAsync(SearchRequest request, CancellationToken ct);

    Task<ModelVersion> UpdateAsync(string name, string version, string description, CancellationToken ct);

    Task DeleteAsync(string name, string version, CancellationToken ct);

    /// <summary>Moves a version to a stage (None, Staging, Production, Archived), optionally archiving the stage's other versions.</summary>
    Task<ModelVersion> TransitionStageAsync(string name, string version, string stage, bool archiveExistingVersions, string? reason, CancellationToken ct);

    Task SetTagAsync(string name, string version, string key, string value, CancellationToken ct);

    Task DeleteTagAsync(string name, string version, string key, CancellationToken ct);

    /// <summary>Gets the URI the version's files can be downloaded from (a logged model's artifact location for <c>models:/&lt;model_id&gt;</c> sources).</summary>
    Task<string> GetDownloadUriAsync(string name, string version, CancellationToken ct);

    /// <summary>Resolves <c>models:/name/3</c>, <c>models:/name/latest</c>, <c>models:/name/Production</c> or <c>models:/name@alias</c> (the <c>models:/</c> prefix is optional).</summary>
    Task<ModelVersion> ResolveAsync(string modelUri, CancellationToken ct);

    /// <summary>Gets a version with the run, params, metrics and data set fingerprints behind it.</summary>
    Task<ModelLineage> GetLineageAsync(string name, string version, CancellationToken ct);
}

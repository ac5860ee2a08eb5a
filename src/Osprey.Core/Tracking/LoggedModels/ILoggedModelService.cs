namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>Creates, finalizes, tags, searches and deletes MLflow 3 logged models, links metrics to them and records which runs produced them.</summary>
public interface ILoggedModelService
{
    /// <summary>Creates a PENDING model whose files go under <c>&lt;experiment location&gt;/models/&lt;model_id&gt;/artifacts</c>.</summary>
    Task<LoggedModel> CreateAsync(CreateLoggedModelRequest request, CancellationToken ct);

    /// <summary>Gets a model; a deleted one is <see cref="ErrorCode.NotFound"/> unless <paramref name="allowDeleted"/>.</summary>
    Task<LoggedModel> GetAsync(string modelId, bool allowDeleted, CancellationToken ct);

    /// <summary>Marks a model READY or UPLOAD_FAILED; any other status is <see cref="ErrorCode.InvalidParameter"/>.</summary>
    Task<LoggedModel> FinalizeAsync(string modelId, LoggedModelStatus status, CancellationToken ct);

    /// <summary>Soft-deletes a model.</summary>
    Task DeleteAsync(string modelId, CancellationToken ct);

    /// <summary>Searches the active models of experiments (filter on attributes, metrics, params and tags; page tokens).</summary>
    Task<Page<LoggedModel>> SearchAsync(LoggedModelSearchRequest request, CancellationToken ct);

    /// <summary>Sets tags on a model, last write wins.</summary>
    Task SetTagsAsync(string modelId, IReadOnlyList<Tag> tags, CancellationToken ct);

    /// <summary>Deletes a tag of a model.</summary>
    Task DeleteTagAsync(string modelId, string key, CancellationToken ct);

    /// <summary>Logs params of a model (write-once per key).</summary>
    Task LogParamsAsync(string modelId, IReadOnlyList<Param> parameters, CancellationToken ct);

    /// <summary>Lists a folder of a model's files; paths are relative to the model's artifact root.</summary>
    Task<LoggedModelArtifacts> ListArtifactsAsync(string modelId, string? path, CancellationToken ct);

    /// <summary>Opens one of a model's files.</summary>
    Task<Stream> OpenArtifactAsync(string modelId, string path, CancellationToken ct);

    /// <summary>Links a run's metric observations to the models they name, adding to the run's history those it does not hold yet.</summary>
    Task LogMetricsAsync(string runId, IReadOnlyList<LoggedModelMetric> metrics, CancellationToken ct);

    /// <summary>Records that a run produced models.</summary>
    Task LogOutputsAsync(string runId, IReadOnlyList<ModelOutput> outputs, CancellationToken ct);

    /// <summary>Gets the models a run produced.</summary>
    Task<IReadOnlyList<ModelOutput>> GetRunOutputsAsync(string runId, CancellationToken ct);
}

using Osprey.Core.Artifacts;

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>Validates logged-model requests, places each model's files under its experiment, and keeps run outputs and linked metrics.</summary>
internal sealed class LoggedModelService(
    ILoggedModelStore models,
    IExperimentStore experiments,
    IRunStore runs,
    IArtifactStore artifacts,
    TimeProvider clock) : ILoggedModelService
{
    /// <inheritdoc/>
    public async Task<LoggedModel> CreateAsync(CreateLoggedModelRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var experimentId = ExperimentId.Parse(EntityValidator.Required(request.ExperimentId, "experiment_id"));
        var name = LoggedModelValidator.Name(request.Name);
        EntityValidator.Length(request.ModelType, LoggedModelValidator.MaxNameLength, "model_type");
        var parameters = LoggedModelValidator.Params(request.Params ?? []);
        var tags = LoggedModelValidator.Tags(request.Tags ?? []);
        RunId? sourceRun = string.IsNullOrEmpty(request.SourceRunId) ? null : RunId.Parse(request.SourceRunId, "source_run_id");
        var experiment = await experiments.GetAsync(experimentId, ct);
        if (experiment.LifecycleStage != LifecycleStage.Active)
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Experiment {experimentId} ('{experiment.Name}') is deleted; restore it before logging models in it.");
        }
        if (sourceRun is { } run)
        {
            await runs.GetAsync(run, ct); // lineage must point at a run that exists
        }
        var id = LoggedModelId.New();
        var location = $"{experiment.ArtifactLocation.TrimEnd('/')}/models/{id.Value}/artifacts";
        var model = new NewLoggedModel(id, experimentId, name, NullIfEmpty(request.ModelType), sourceRun?.Value, location, Now(), tags, parameters);
        return await models.CreateAsync(model, ct);
    }

    /// <inheritdoc/>
    public async Task<LoggedModel> GetAsync(string modelId, bool allowDeleted, CancellationToken ct)
    {
        var id = LoggedModelId.Parse(modelId);
        var model = await models.GetAsync(id, ct);
        return allowDeleted || model.LifecycleStage == LifecycleStage.Active
            ? model
            : throw OspreyException.NotFound($"Logged model '{id}' was deleted.");
    }

    /// <inheritdoc/>
    public Task<LoggedModel> FinalizeAsync(string modelId, LoggedModelStatus status, CancellationToken ct)
    {
        var id = LoggedModelId.Parse(modelId);
        if (status is not (LoggedModelStatus.Ready or LoggedModelStatus.UploadFailed))
        {
            throw OspreyException.Invalid($"Invalid value '{LoggedModelStatusNames.Name(status)}' for parameter 'status': a model is finalized as READY or UPLOAD_FAILED.");
        }
        return models.FinalizeAsync(id, status, Now(), ct);
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string modelId, CancellationToken ct) => models.DeleteAsync(LoggedModelId.Parse(modelId), Now(), ct);

    /// <inheritdoc/>
    public async Task<Page<LoggedModel>> SearchAsync(LoggedModelSearchRequest request, CancellationToken ct)
    {
        var query = LoggedModelSearchParser.Parse(request);
        var found = await models.SearchAsync(query with { MaxResults = query.MaxResults + 1 }, ct);
        return PageToken.Paginate(found, query.Offset, query.MaxResults);
    }

    /// <inheritdoc/>
    public Task SetTagsAsync(string modelId, IReadOnlyList<Tag> tags, CancellationToken ct)
    {
        var id = LoggedModelId.Parse(modelId);
        return models.SetTagsAsync(id, LoggedModelValidator.Tags(tags), Now(), ct);
    }

    /// <inheritdoc/>
    public Task DeleteTagAsync(string modelId, string key, CancellationToken ct)
    {
        var id = LoggedModelId.Parse(modelId);
        EntityValidator.Key(key, "tag_key");
        return models.DeleteTagAsync(id, key, Now(), ct);
    }

    /// <inheritdoc/>
    public Task LogParamsAsync(string modelId, IReadOnlyList<Param> parameters, CancellationToken ct)
    {
        var id = LoggedModelId.Parse(modelId);
        return models.LogParamsAsync(id, LoggedModelValidator.Params(parameters), Now(), ct);
    }

    /// <inheritdoc/>
    public async Task<LoggedModelArtifacts> ListArtifactsAsync(string modelId, string? path, CancellationToken ct)
    {
        var model = await GetAsync(modelId, allowDeleted: false, ct);
        var root = ArtifactUri.ToPath(model.ArtifactLocation);
        var entries = await artifacts.ListAsync(ArtifactPath.Combine(root, ArtifactPath.Normalize(path, "artifact_directory_path")), ct);
        return new LoggedModelArtifacts(model.ArtifactLocation, entries.Select(e => e with { Path = e.Path[(root.Length + 1)..] }).ToList());
    }

    /// <inheritdoc/>
    public async Task<Stream> OpenArtifactAsync(string modelId, string path, CancellationToken ct)
    {
        var relative = ArtifactPath.Normalize(path, "artifact_file_path");
        if (relative.Length == 0)
        {
            throw OspreyException.Invalid("Missing value for required parameter 'artifact_file_path': name a file inside the model's artifacts.");
        }
        var model = await GetAsync(modelId, allowDeleted: false, ct);
        return await artifacts.OpenReadAsync(ArtifactPath.Combine(ArtifactUri.ToPath(model.ArtifactLocation), relative), ct);
    }

    /// <inheritdoc/>
    public async Task LogMetricsAsync(string runId, IReadOnlyList<LoggedModelMetric> metrics, CancellationToken ct)
    {
        if (metrics.Count == 0)
        {
            return;
        }
        var run = RunId.Parse(runId);
        LoggedModelValidator.Metrics(metrics);
        var missing = await models.LinkMetricsAsync(run, metrics.Select(m => m with { RunId = run.Value }).ToList(), ct);
        if (missing.Count > 0)
        {
            await runs.LogBatchAsync(run, new RunBatch(missing, [], []), ct);
        }
    }

    /// <inheritdoc/>
    public Task LogOutputsAsync(string runId, IReadOnlyList<ModelOutput> outputs, CancellationToken ct)
    {
        var run = RunId.Parse(runId);
        for (var i = 0; i < outputs.Count; i++)
        {
            LoggedModelId.Parse(outputs[i].ModelId, $"models[{i}].model_id");
        }
        return models.LogOutputsAsync(run, outputs, ct);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<ModelOutput>> GetRunOutputsAsync(string runId, CancellationToken ct) =>
        models.GetRunOutputsAsync(RunId.Parse(runId), ct);

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

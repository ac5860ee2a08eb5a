using Osprey.Core.Security;
using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tracking;

/// <summary>Validates run requests against MLflow's rules and applies them to the store.</summary>
internal sealed class RunService(IRunStore runs, IExperimentStore experiments, TimeProvider clock, ICallerIdentity caller) : IRunService
{
    /// <summary>The tag MLflow clients read a run's name from.</summary>
    public const string RunNameTag = "mlflow.runName";

    /// <summary>The tag MLflow clients read a run's user from.</summary>
    public const string UserTag = "mlflow.user";

    /// <inheritdoc/>
    public async Task<Run> CreateAsync(CreateRunRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var experimentId = string.IsNullOrEmpty(request.ExperimentId) ? ExperimentId.Default : ExperimentId.Parse(request.ExperimentId);
        var tags = RunBatchValidator.Tags(request.Tags ?? []);
        var name = FirstNonEmpty(request.RunName, tags.LastOrDefault(t => t.Key == RunNameTag)?.Value) ?? RunNames.Next();
        EntityValidator.Length(name, TrackingLimits.MaxRunNameLength, "run_name");
        var user = FirstNonEmpty(request.UserId, tags.LastOrDefault(t => t.Key == UserTag)?.Value) ?? caller.Name;
        var experiment = await experiments.GetAsync(experimentId, ct);
        if (experiment.LifecycleStage != LifecycleStage.Active)
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Experiment {experimentId} ('{experiment.Name}') is deleted; restore it before creating runs in it.");
        }
        var runId = RunId.New();
        var artifactUri = experiment.ArtifactLocation.TrimEnd('/') + "/" + runId.Value + "/artifacts";
        var allTags = tags.Where(t => t.Key is not RunNameTag and not UserTag)
            .Append(new Tag(RunNameTag, name))
            .Append(new Tag(UserTag, user))
            .ToList();
        var start = request.StartTime ?? clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await runs.CreateAsync(new NewRun(runId, experimentId, name, user, start, artifactUri, allTags), ct);
    }

    /// <inheritdoc/>
    public Task<Run> GetAsync(string runId, CancellationToken ct) => runs.GetAsync(RunId.Parse(runId), ct);

    /// <inheritdoc/>
    public async Task<RunInfo> UpdateAsync(string runId, RunUpdate update, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(update);
        var id = RunId.Parse(runId);
        EntityValidator.Length(update.RunName, TrackingLimits.MaxRunNameLength, "run_name");
        var info = await runs.UpdateAsync(id, update, ct);
        if (!string.IsNullOrEmpty(update.RunName))
        {
            await runs.LogBatchAsync(id, new RunBatch([], [], [new Tag(RunNameTag, update.RunName)]), ct);
        }
        return info;
    }

    /// <inheritdoc/>
    public Task DeleteAsync(string runId, CancellationToken ct) =>
        runs.SetLifecycleStageAsync(RunId.Parse(runId), LifecycleStage.Deleted, ct);

    /// <inheritdoc/>
    public Task RestoreAsync(string runId, CancellationToken ct) =>
        runs.SetLifecycleStageAsync(RunId.Parse(runId), LifecycleStage.Active, ct);

    /// <inheritdoc/>
    public async Task LogBatchAsync(string runId, RunBatch batch, CancellationToken ct)
    {
        var id = RunId.Parse(runId);
        RunBatchValidator.Validate(batch);
        await runs.LogBatchAsync(id, batch, ct);
        // MLflow clients rename a run by setting its mlflow.runName tag; keep the run_name attribute in step.
        var renamed = batch.Tags.LastOrDefault(t => t.Key == RunNameTag)?.Value;
        if (!string.IsNullOrEmpty(renamed) && renamed.Length <= TrackingLimits.MaxRunNameLength)
        {
            await runs.UpdateAsync(id, new RunUpdate(null, null, renamed), ct);
        }
    }

    /// <inheritdoc/>
    public Task DeleteTagAsync(string runId, string key, CancellationToken ct)
    {
        EntityValidator.Key(key, "key");
        return runs.DeleteTagAsync(RunId.Parse(runId), key, ct);
    }

    /// <inheritdoc/>
    public Task LogInputsAsync(string runId, IReadOnlyList<DatasetInput> inputs, CancellationToken ct)
    {
        var id = RunId.Parse(runId);
        RunBatchValidator.Inputs(inputs);
        return runs.LogInputsAsync(id, inputs, ct);
    }

    /// <inheritdoc/>
    public async Task<Page<Metric>> GetMetricHistoryAsync(string runId, string key, int? maxResults, string? pageToken, CancellationToken ct)
    {
        var id = RunId.Parse(runId);
        EntityValidator.Key(key, "metric_key");
        var size = PageToken.Size(maxResults, TrackingLimits.MaxMetricHistoryResults, TrackingLimits.MaxMetricHistoryResults);
        var offset = PageToken.Decode(pageToken);
        var found = await runs.GetMetricHistoryAsync(id, key, size + 1, offset, ct);
        if (found.Count == 0)
        {
            await runs.GetAsync(id, ct); // an unknown run is an error, an unknown metric an empty history
        }
        return PageToken.Paginate(found, offset, size);
    }

    /// <inheritdoc/>
    public async Task<Page<Run>> SearchAsync(RunSearchRequest request, CancellationToken ct)
    {
        var query = SearchRequestParser.ParseRuns(request);
        var found = await runs.SearchAsync(query with { MaxResults = query.MaxResults + 1 }, ct);
        return PageToken.Paginate(found, query.Offset, query.MaxResults);
    }

    /// <inheritdoc/>
    public Task<long> CountAsync(RunSearchRequest request, CancellationToken ct) =>
        runs.CountAsync(SearchRequestParser.ParseRuns(request), ct);

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrEmpty(v));
}

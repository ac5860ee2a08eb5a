using System.Text.Json;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Osprey.Core.Pipelines.Tasks;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>The pipelines of one workspace: definitions (folder and registered), manual triggers, pausing, run history, logs, retries and cancels.</summary>
/// <remarks>Every run change goes through <see cref="Stepper"/>, which the scheduler runtime (<see cref="PipelineRuntime"/>) observes in a server;
/// without one (the local CLI), runs are created and changed in the store and a server picks them up.</remarks>
public sealed class PipelineService : IPipelineService
{
    /// <summary>The most log text returned at once; longer logs return their end.</summary>
    public const int MaxLogChars = 1_000_000;

    private readonly WorkspaceStores _stores;
    private readonly TimeProvider _clock;

    public PipelineService(WorkspaceStores stores, string home, TimeProvider clock, ITaskTypeCatalog? types = null, IRetryJitter? jitter = null)
    {
        _stores = stores;
        _clock = clock;
        Home = home;
        Directory = new PipelineDirectory(Path.Combine(home, "pipelines"), stores.Pipelines, types ?? TaskTypeCatalog.BuiltIn);
        Stepper = new RunStepper(stores.PipelineRuns, Directory, jitter);
        Launcher = new RunLauncher(stores.PipelineRuns, Stepper);
    }

    /// <summary>Gets the workspace folder (logs live under it).</summary>
    public string Home { get; }

    /// <summary>Gets the pipelines of the workspace.</summary>
    public PipelineDirectory Directory { get; }

    /// <summary>Gets the run stepper every run change goes through.</summary>
    public RunStepper Stepper { get; }

    internal RunLauncher Launcher { get; }

    internal IPipelineRunStore Runs => _stores.PipelineRuns;

    internal Definitions.IPipelineStore PipelineRecords => _stores.Pipelines;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PipelineSummary>> ListAsync(CancellationToken ct)
    {
        var records = (await _stores.Pipelines.ListAsync(ct)).ToDictionary(r => r.Name, StringComparer.Ordinal);
        var list = new List<PipelineSummary>();
        foreach (var pipeline in await Directory.ListAsync(ct))
        {
            list.Add(await SummarizeAsync(pipeline, records.GetValueOrDefault(pipeline.Name)?.Paused ?? false, ct));
        }
        return list;
    }

    /// <inheritdoc/>
    public async Task<PipelineDetail> GetAsync(string name, CancellationToken ct)
    {
        var pipeline = await Directory.GetAsync(name, ct);
        var paused = (await _stores.Pipelines.FindAsync(name, ct))?.Paused ?? false;
        var tasks = pipeline.Definition?.Tasks.Select(t => new PipelineTaskSummary(t.Id, t.Type, t.DependsOn, TriggerRuleNames.Name(t.TriggerRule),
            t.Retry.Retries, t.ExecutionTimeout)).ToList() ?? [];
        var runs = await Runs.ListRunsAsync(new PipelineRunQuery(name, MaxResults: 10), ct);
        return new PipelineDetail(await SummarizeAsync(pipeline, paused, ct), tasks, runs);
    }

    /// <inheritdoc/>
    public async Task<PipelineSummary> RegisterAsync(string fileName, string source, CancellationToken ct)
    {
        var pipeline = Directory.Parse(fileName, LoadedPipeline.Registered, source);
        if (!pipeline.IsValid)
        {
            throw OspreyException.Invalid(string.Join(Environment.NewLine, pipeline.Errors));
        }
        if (await Directory.FindAsync(pipeline.Name, ct) is { Origin: not LoadedPipeline.Registered } file)
        {
            throw new OspreyException(ErrorCode.AlreadyExists, $"Pipeline '{pipeline.Name}' is defined by the file {file.Origin}; edit that file instead.");
        }
        await _stores.Pipelines.SaveSourceAsync(pipeline.Name, source, _clock.GetUtcNow(), ct);
        return await SummarizeAsync(pipeline, (await _stores.Pipelines.FindAsync(pipeline.Name, ct))?.Paused ?? false, ct);
    }

    /// <inheritdoc/>
    public Task UnregisterAsync(string name, CancellationToken ct) => _stores.Pipelines.RemoveSourceAsync(name, ct);

    /// <inheritdoc/>
    public async Task SetPausedAsync(string name, bool paused, CancellationToken ct)
    {
        await Directory.GetAsync(name, ct);
        await _stores.Pipelines.SetPausedAsync(name, paused, _clock.GetUtcNow(), ct);
    }

    /// <inheritdoc/>
    public async Task<PipelineRunRecord> TriggerAsync(string name, IReadOnlyDictionary<string, JsonElement>? parameters, CancellationToken ct) =>
        await TriggerAsync(await Directory.GetAsync(name, ct), parameters, force: false, ct);

    /// <summary>Creates a manual run of <paramref name="pipeline"/>; with <paramref name="force"/> it starts now whatever the concurrency policy (<c>osprey run</c>).</summary>
    public async Task<PipelineRunRecord> TriggerAsync(LoadedPipeline pipeline, IReadOnlyDictionary<string, JsonElement>? parameters, bool force, CancellationToken ct)
    {
        var definition = pipeline.RequireDefinition();
        var now = _clock.GetUtcNow();
        var context = RunContext.Create(definition, PipelineRunId.New(), RunKind.Manual, new DataInterval(now, now), parameters);
        var plan = force
            ? new ManualTriggerPlan(PipelineRunStatus.Running, [])
            : RunSchedulePolicy.PlanTrigger(definition, await Runs.GetScheduleViewAsync(definition.Name, now, ct));
        foreach (var id in plan.Cancel)
        {
            await Launcher.CancelAsync(id, $"replaced by the manual run {context.RunId}", now, ct);
        }
        return await Launcher.CreateAsync(pipeline, context, plan.Status == PipelineRunStatus.Running, now, null, ct);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<PipelineRunSummary>> ListRunsAsync(PipelineRunQuery query, CancellationToken ct) => Runs.ListRunsAsync(query, ct);

    /// <inheritdoc/>
    public Task<PipelineRunRecord> GetRunAsync(PipelineRunId id, CancellationToken ct) => Runs.GetRunAsync(id, ct);

    /// <inheritdoc/>
    public async Task<TaskLogText> ReadLogAsync(PipelineRunId id, string taskId, int? tryNumber, CancellationToken ct)
    {
        var record = await Runs.GetRunAsync(id, ct);
        if (record.Tasks.All(t => t.TaskId != taskId))
        {
            throw OspreyException.NotFound($"Run '{id}' of pipeline '{record.Pipeline}' has no task '{taskId}' (it has {string.Join(", ", record.Tasks.Select(t => t.TaskId))}).");
        }
        var tries = record.Tries.Where(t => t.TaskId == taskId && (tryNumber is null || t.TryNumber == tryNumber)).ToList();
        var attempt = tries.Count == 0 ? null : tries.MaxBy(t => t.TryNumber);
        var relative = attempt?.LogPath ?? (attempt is null ? null : TaskLogPaths.Relative(record.Pipeline, id, taskId, attempt.TryNumber));
        var full = relative is null ? null : TaskLogPaths.Full(Home, relative);
        if (full is null || !File.Exists(full))
        {
            var which = tryNumber is null ? "" : $" try {tryNumber}";
            throw OspreyException.NotFound($"Task '{taskId}'{which} of run '{id}' has no log yet: it has not started on a worker.");
        }
        var (text, truncated) = await ReadTailAsync(full, ct);
        return new TaskLogText(id, taskId, attempt!.TryNumber, relative!, text, truncated);
    }

    /// <inheritdoc/>
    public async Task<PipelineRunRecord> RetryAsync(PipelineRunId id, IReadOnlyList<string> taskIds, bool failedOnly, CancellationToken ct)
    {
        var record = await Runs.GetRunAsync(id, ct);
        var unknown = taskIds.FirstOrDefault(t => record.Tasks.All(i => i.TaskId != t));
        if (unknown is not null)
        {
            throw OspreyException.NotFound($"Run '{id}' of pipeline '{record.Pipeline}' has no task '{unknown}'.");
        }
        var tasks = taskIds.Count > 0 || failedOnly ? taskIds : [.. record.Tasks.Select(t => t.TaskId)];
        await Stepper.ApplyAsync(id, new ClearRequested(_clock.GetUtcNow(), tasks, failedOnly), null, ct);
        return await Runs.GetRunAsync(id, ct);
    }

    /// <inheritdoc/>
    public async Task<PipelineRunRecord> CancelAsync(PipelineRunId id, CancellationToken ct)
    {
        var record = await Runs.GetRunAsync(id, ct);
        if (record.Status is not (PipelineRunStatus.Queued or PipelineRunStatus.Running))
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Run '{id}' has already finished ({record.Status.ToString().ToLowerInvariant()}); there is nothing to cancel.");
        }
        await Launcher.CancelAsync(id, "cancelled by a user", _clock.GetUtcNow(), ct);
        return await Runs.GetRunAsync(id, ct);
    }

    private async Task<PipelineSummary> SummarizeAsync(LoadedPipeline pipeline, bool paused, CancellationToken ct)
    {
        var definition = pipeline.Definition;
        var lastRuns = await Runs.ListRunsAsync(new PipelineRunQuery(pipeline.Name, MaxResults: 1), ct);
        var last = lastRuns.Count == 0 ? null : lastRuns[0];
        var next = paused ? null : definition?.Schedule?.NextAfter(_clock.GetUtcNow());
        return new PipelineSummary(pipeline.Name, definition?.Description, definition?.Schedule?.Expression.Text, definition?.TimeZone.Id ?? "UTC",
            paused, pipeline.Origin, definition?.Tasks.Count ?? 0, pipeline.Errors, last, next);
    }

    private static async Task<(string Text, bool Truncated)> ReadTailAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var text = await reader.ReadToEndAsync(ct);
        return text.Length <= MaxLogChars ? (text, false) : (text[^MaxLogChars..], true);
    }
}

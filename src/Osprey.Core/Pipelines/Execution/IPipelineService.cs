using System.Text.Json;
using Osprey.Core.Pipelines.Runs;

namespace Osprey.Core.Pipelines.Execution;

/// <summary>What users do with pipelines, the same through the CLI (local or over HTTP) and the REST API.</summary>
public interface IPipelineService
{
    /// <summary>Lists every pipeline of the workspace, invalid ones included.</summary>
    Task<IReadOnlyList<PipelineSummary>> ListAsync(CancellationToken ct);

    /// <summary>Gets a pipeline with its tasks and recent runs; throws <see cref="ErrorCode.NotFound"/>.</summary>
    Task<PipelineDetail> GetAsync(string name, CancellationToken ct);

    /// <summary>Stores a pipeline's YAML in the workspace (replacing an earlier registration); invalid YAML throws <see cref="ErrorCode.InvalidParameter"/> listing every error.</summary>
    Task<PipelineSummary> RegisterAsync(string fileName, string source, CancellationToken ct);

    /// <summary>Forgets a registered pipeline (its runs stay); throws <see cref="ErrorCode.NotFound"/> when it is not registered.</summary>
    Task UnregisterAsync(string name, CancellationToken ct);

    /// <summary>Pauses or unpauses a pipeline's schedule (manual triggers still run).</summary>
    Task SetPausedAsync(string name, bool paused, CancellationToken ct);

    /// <summary>Creates a manual run now, started or queued as the pipeline's concurrency policy says, with parameter overrides.</summary>
    Task<PipelineRunRecord> TriggerAsync(string name, IReadOnlyDictionary<string, JsonElement>? parameters, CancellationToken ct);

    /// <summary>Lists runs, newest first.</summary>
    Task<IReadOnlyList<PipelineRunSummary>> ListRunsAsync(PipelineRunQuery query, CancellationToken ct);

    /// <summary>Gets a run with its tasks and tries; throws <see cref="ErrorCode.NotFound"/>.</summary>
    Task<PipelineRunRecord> GetRunAsync(PipelineRunId id, CancellationToken ct);

    /// <summary>Reads the log of a task's try (the latest when <paramref name="tryNumber"/> is null); throws <see cref="ErrorCode.NotFound"/> when it has none yet.</summary>
    Task<TaskLogText> ReadLogAsync(PipelineRunId id, string taskId, int? tryNumber, CancellationToken ct);

    /// <summary>Runs tasks of a run again with a fresh retry budget: the named ones, or every failed one with <paramref name="failedOnly"/>,
    /// or all of them when neither is given; their downstream tasks run again too.</summary>
    Task<PipelineRunRecord> RetryAsync(PipelineRunId id, IReadOnlyList<string> taskIds, bool failedOnly, CancellationToken ct);

    /// <summary>Cancels a queued or running run, killing its tries; throws <see cref="ErrorCode.InvalidState"/> when it has already finished.</summary>
    Task<PipelineRunRecord> CancelAsync(PipelineRunId id, CancellationToken ct);
}

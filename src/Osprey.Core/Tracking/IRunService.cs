namespace Osprey.Core.Tracking;

/// <summary>Creates, updates, logs to, searches, deletes and restores runs, validating every input against MLflow's limits.</summary>
public interface IRunService
{
    /// <summary>Creates a run in the RUNNING state.</summary>
    Task<Run> CreateAsync(CreateRunRequest request, CancellationToken ct);

    /// <summary>Gets a run with its latest metrics, params, tags and inputs.</summary>
    Task<Run> GetAsync(string runId, CancellationToken ct);

    /// <summary>Updates status, end time or name.</summary>
    Task<RunInfo> UpdateAsync(string runId, RunUpdate update, CancellationToken ct);

    /// <summary>Soft-deletes a run.</summary>
    Task DeleteAsync(string runId, CancellationToken ct);

    /// <summary>Restores a soft-deleted run.</summary>
    Task RestoreAsync(string runId, CancellationToken ct);

    /// <summary>Logs metrics, params and tags all-or-nothing (at most 1,000 metrics, 100 params, 100 tags).</summary>
    Task LogBatchAsync(string runId, RunBatch batch, CancellationToken ct);

    /// <summary>Deletes a run tag.</summary>
    Task DeleteTagAsync(string runId, string key, CancellationToken ct);

    /// <summary>Logs data set inputs (fingerprints) for lineage.</summary>
    Task LogInputsAsync(string runId, IReadOnlyList<DatasetInput> inputs, CancellationToken ct);

    /// <summary>Gets a page of a metric's history.</summary>
    Task<Page<Metric>> GetMetricHistoryAsync(string runId, string key, int? maxResults, string? pageToken, CancellationToken ct);

    /// <summary>Searches runs with the filter language (AND, OR, NOT, parentheses, IN, LIKE, ILIKE, IS NULL).</summary>
    Task<Page<Run>> SearchAsync(RunSearchRequest request, CancellationToken ct);

    /// <summary>Counts runs matching a search without loading them.</summary>
    Task<long> CountAsync(RunSearchRequest request, CancellationToken ct);
}

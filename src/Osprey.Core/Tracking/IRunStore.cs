using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tracking;

/// <summary>Persists runs, their metric history, latest metric values, params, tags and data set inputs.</summary>
/// <remarks>Writes to one run are atomic; an unknown run throws <see cref="ErrorCode.NotFound"/>; writes to a run that is not active throw <see cref="ErrorCode.InvalidState"/>.</remarks>
public interface IRunStore
{
    /// <summary>Inserts a run in the RUNNING state; the experiment must exist and be active.</summary>
    Task<Run> CreateAsync(NewRun run, CancellationToken ct);

    /// <summary>Gets a run in any lifecycle stage with its latest metrics (latest timestamp, ties broken by the larger value).</summary>
    Task<Run> GetAsync(RunId id, CancellationToken ct);

    /// <summary>Updates status, end time or name and returns the new attributes.</summary>
    Task<RunInfo> UpdateAsync(RunId id, RunUpdate update, CancellationToken ct);

    /// <summary>Soft-deletes or restores a run.</summary>
    Task SetLifecycleStageAsync(RunId id, LifecycleStage stage, CancellationToken ct);

    /// <summary>Appends metrics, writes params and sets tags in one transaction; a param already logged with a different value throws <see cref="ErrorCode.Conflict"/> and nothing of the batch is written.</summary>
    Task LogBatchAsync(RunId id, RunBatch batch, CancellationToken ct);

    /// <summary>Deletes a run tag; throws <see cref="ErrorCode.NotFound"/> when the tag is absent.</summary>
    Task DeleteTagAsync(RunId id, string key, CancellationToken ct);

    /// <summary>Records data set inputs (deduplicated by name and digest within the experiment).</summary>
    Task LogInputsAsync(RunId id, IReadOnlyList<DatasetInput> inputs, CancellationToken ct);

    /// <summary>Returns a page of a metric's full history ordered by step, then timestamp.</summary>
    Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(RunId id, string key, int maxResults, int offset, CancellationToken ct);

    /// <summary>Returns the runs matching a query, fully loaded, in the query's order.</summary>
    Task<IReadOnlyList<Run>> SearchAsync(RunSearchQuery query, CancellationToken ct);

    /// <summary>Counts the runs matching a query's experiments, filter and view (ignoring order and paging).</summary>
    Task<long> CountAsync(RunSearchQuery query, CancellationToken ct);
}

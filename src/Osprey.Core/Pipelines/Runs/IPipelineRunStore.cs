using Osprey.Core.Pipelines.Scheduling;

namespace Osprey.Core.Pipelines.Runs;

/// <summary>Persists pipeline runs, their task instances and tries, the per-pipeline schedule mark, and the leases workers hold on tries.</summary>
/// <remarks>
/// Claiming is built for several worker processes sharing one database: a claim atomically moves queued instances to running under a lease
/// (worker id + expiry), so no two workers get the same try (SQLite: inside the single writer; PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c>).
/// A worker renews its lease while the try runs; a renewal that fails means the try was cancelled, timed out or handed on, and the worker
/// must kill it. Leases that expire are found by <see cref="FindExpiredLeasesAsync"/> and fed to the run as <see cref="TaskOutcome.Lost"/>.
/// An unknown run throws <see cref="ErrorCode.NotFound"/>; a write based on a stale view throws <see cref="ErrorCode.Conflict"/>.
/// </remarks>
public interface IPipelineRunStore
{
    /// <summary>Creates a run with all its task instances (and, for a run that starts now, its first dispatches) and moves the pipeline's
    /// scheduled-through mark, in one transaction; a second scheduled run for the same pipeline and logical date throws <see cref="ErrorCode.AlreadyExists"/>.</summary>
    Task<PipelineRunRecord> CreateRunAsync(NewPipelineRun run, CancellationToken ct);

    /// <summary>Gets a run with its task instances and every try.</summary>
    Task<PipelineRunRecord> GetRunAsync(PipelineRunId id, CancellationToken ct);

    /// <summary>Lists runs, newest first, filtered by pipeline and status.</summary>
    Task<IReadOnlyList<PipelineRunSummary>> ListRunsAsync(PipelineRunQuery query, CancellationToken ct);

    /// <summary>Gets what the schedule policy needs for a pipeline (its mark, registration time and queued or running runs), registering it at <paramref name="now"/> when first seen.</summary>
    Task<ScheduleView> GetScheduleViewAsync(string pipeline, DateTimeOffset now, CancellationToken ct);

    /// <summary>Moves the pipeline's scheduled-through mark past intervals the policy passed over without creating runs, recording them as skipped.</summary>
    Task RecordSkippedAsync(string pipeline, DateTimeOffset scheduledThrough, IReadOnlyList<DataInterval> skipped, CancellationToken ct);

    /// <summary>Persists one step of a run atomically: every task transition (compare-and-set on its previous state and try), the run's status
    /// change, and that the <see cref="RunStepWrite.Completions"/> were applied; returns the run's new version. A stored state that differs from a
    /// transition's <see cref="TaskTransition.From"/>, or a version other than expected, throws <see cref="ErrorCode.Conflict"/>: reload the run and apply the event again.</summary>
    Task<long> ApplyAsync(RunStepWrite write, CancellationToken ct);

    /// <summary>Atomically claims up to <see cref="ClaimRequest.MaxTasks"/> queued tries (oldest first) for a worker: each moves to running with a lease until
    /// <c>Now + LeaseDuration</c>; returns what to run. Tries already leased are never returned twice.</summary>
    Task<IReadOnlyList<TaskClaim>> ClaimAsync(ClaimRequest request, CancellationToken ct);

    /// <summary>Extends a lease the worker still holds on a running try; false when the try is no longer running under this lease (the worker must kill it).</summary>
    Task<bool> RenewLeaseAsync(TaskLease lease, DateTimeOffset expiresAt, CancellationToken ct);

    /// <summary>Records how a try ended (outcome, outputs, log path) and releases its lease; false when the worker no longer held the lease, in which case nothing is written.
    /// The completion stays pending until a step marks it applied.</summary>
    Task<bool> CompleteTryAsync(TryCompletion completion, CancellationToken ct);

    /// <summary>Finds running tries whose lease expired before <paramref name="now"/> (their worker died or hung), oldest first.</summary>
    Task<IReadOnlyList<TaskLease>> FindExpiredLeasesAsync(DateTimeOffset now, int maxResults, CancellationToken ct);

    /// <summary>Finds completed tries not yet applied to their run (after a scheduler restart, or written by a remote worker), oldest first.</summary>
    Task<IReadOnlyList<TryCompletion>> FindPendingCompletionsAsync(int maxResults, CancellationToken ct);
}

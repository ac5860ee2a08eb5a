using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Osprey.Storage.Sqlite.Connections;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>Pipeline runs, task instances, tries and leases in the workspace database; every write goes through the single writer.</summary>
internal sealed class SqlitePipelineRunStore(SqliteWriter writer, SqliteReaderPool readers) : IPipelineRunStore
{
    /// <inheritdoc/>
    public Task<PipelineRunRecord> CreateRunAsync(NewPipelineRun run, CancellationToken ct) =>
        writer.WriteAsync(session =>
        {
            PipelineRunWrites.Create(session, run);
            return PipelineRunReads.Get(session, run.Id);
        }, ct);

    /// <inheritdoc/>
    public Task<PipelineRunRecord> GetRunAsync(PipelineRunId id, CancellationToken ct) =>
        readers.ReadAsync(session => PipelineRunReads.Get(session, id), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PipelineRunSummary>> ListRunsAsync(PipelineRunQuery query, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<PipelineRunSummary>>(session => PipelineRunReads.List(session, query), ct);

    /// <inheritdoc/>
    public async Task<ScheduleView> GetScheduleViewAsync(string pipeline, DateTimeOffset now, CancellationToken ct) =>
        await readers.ReadAsync(session => PipelineRunReads.ScheduleView(session, pipeline), ct)
        ?? await writer.WriteAsync(session =>
        {
            PipelineRows.EnsurePipeline(session, pipeline, now);
            return PipelineRunReads.ScheduleView(session, pipeline)!;
        }, ct);

    /// <inheritdoc/>
    public Task RecordSkippedAsync(string pipeline, DateTimeOffset scheduledThrough, IReadOnlyList<DataInterval> skipped, CancellationToken ct) =>
        writer.WriteAsync(session => PipelineRows.RecordSkipped(session, pipeline, scheduledThrough, skipped), ct);

    /// <inheritdoc/>
    public Task<long> ApplyAsync(RunStepWrite write, CancellationToken ct) =>
        writer.WriteAsync(session => PipelineRunWrites.Apply(session, write), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<TaskClaim>> ClaimAsync(ClaimRequest request, CancellationToken ct) =>
        writer.WriteAsync<IReadOnlyList<TaskClaim>>(session => TryLeases.Claim(session, request), ct);

    /// <inheritdoc/>
    public Task<bool> RenewLeaseAsync(TaskLease lease, DateTimeOffset expiresAt, CancellationToken ct) =>
        writer.WriteAsync(session => TryLeases.Renew(session, lease, expiresAt), ct);

    /// <inheritdoc/>
    public Task<bool> CompleteTryAsync(TryCompletion completion, CancellationToken ct) =>
        writer.WriteAsync(session => TryLeases.Complete(session, completion), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<TaskLease>> FindExpiredLeasesAsync(DateTimeOffset now, int maxResults, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<TaskLease>>(session => TryLeases.Expired(session, now, maxResults), ct);

    /// <inheritdoc/>
    public Task<IReadOnlyList<TryCompletion>> FindPendingCompletionsAsync(int maxResults, CancellationToken ct) =>
        readers.ReadAsync<IReadOnlyList<TryCompletion>>(session => TryLeases.Pending(session, maxResults), ct);
}

using Osprey.Core.Pipelines.Runs;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;
using static Osprey.Storage.Sqlite.Pipelines.PipelineText;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>The work queue: claiming queued tries under a lease, renewing and completing them, and finding expired leases and unapplied completions.</summary>
/// <remarks>Claims run on the single writer, so select-then-update is atomic here; PostgreSQL will do the same select with
/// <c>FOR UPDATE SKIP LOCKED</c> so concurrent claimers pass over each other's rows.</remarks>
internal static class TryLeases
{
    private const string LeaseKey =
        "run_pk = (SELECT run_pk FROM pipeline_runs WHERE run_id = $run) AND task_id = $task AND try_number = $try AND worker_id = $worker";

    public static List<TaskClaim> Claim(SqlSession session, ClaimRequest request)
    {
        var types = request.Types is { Count: > 0 } list ? JsonColumns.List([.. list]) : null;
        var expires = request.Now + request.LeaseDuration;
        var claims = session.Query(
            """
            SELECT t.try_pk, r.run_id, r.pipeline, t.task_id, t.type, t.try_number, t.settings, t.execution_timeout_ms, t.chooses_children
            FROM pipeline_task_tries t JOIN pipeline_runs r ON r.run_pk = t.run_pk
            WHERE t.phase = 'queued' AND ($types IS NULL OR t.type IN (SELECT value FROM json_each($types)))
            ORDER BY t.try_pk LIMIT $max
            """,
            row => (Pk: row.GetInt64(0), Claim: new TaskClaim(
                new TaskLease(new PipelineRunId(row.GetString(1)), row.GetString(3), row.GetInt32(5), request.WorkerId, expires),
                new TaskDispatch(new PipelineRunId(row.GetString(1)), row.GetString(2), row.GetString(3), row.GetString(4), row.GetInt32(5),
                    JsonColumns.ParseElement(row.GetString(6)), row.IsDBNull(7) ? null : TimeSpan.FromMilliseconds(row.GetInt64(7)), row.GetInt64(8) != 0))),
            Arg("$types", types), Arg("$max", Math.Max(0, request.MaxTasks)));
        foreach (var (pk, _) in claims)
        {
            session.Execute(
                "UPDATE pipeline_task_tries SET phase = 'leased', worker_id = $worker, lease_expires_at = $expires, started_at = $now WHERE try_pk = $pk",
                Arg("$worker", request.WorkerId), Arg("$expires", Millis(expires)), Arg("$now", Millis(request.Now)), Arg("$pk", pk));
        }
        return [.. claims.Select(c => c.Claim)];
    }

    public static bool Renew(SqlSession session, TaskLease lease, DateTimeOffset expiresAt) =>
        session.Execute($"UPDATE pipeline_task_tries SET lease_expires_at = $expires WHERE {LeaseKey} AND phase = 'leased'",
            [Arg("$expires", Millis(expiresAt)), .. Key(lease.RunId, lease.TaskId, lease.TryNumber, lease.WorkerId)]) == 1;

    public static bool Complete(SqlSession session, TryCompletion completion) =>
        session.Execute(
            $"""
            UPDATE pipeline_task_tries SET phase = 'completed', lease_expires_at = NULL, ended_at = $ended, outcome = $outcome,
                outputs = $outputs, message = $message, log_path = $log
            WHERE {LeaseKey} AND phase = 'leased'
            """,
            [
                Arg("$ended", Millis(completion.EndedAt)), Arg("$outcome", Outcome(completion.Outcome)), Arg("$outputs", JsonColumns.Map(completion.Outputs)),
                Arg("$message", completion.Message), Arg("$log", completion.LogPath),
                .. Key(completion.RunId, completion.TaskId, completion.TryNumber, completion.WorkerId),
            ]) == 1;

    public static List<TaskLease> Expired(SqlSession session, DateTimeOffset now, int max) =>
        session.Query(
            """
            SELECT r.run_id, t.task_id, t.try_number, t.worker_id, t.lease_expires_at
            FROM pipeline_task_tries t JOIN pipeline_runs r ON r.run_pk = t.run_pk
            WHERE t.phase = 'leased' AND t.lease_expires_at < $now ORDER BY t.lease_expires_at, t.try_pk LIMIT $max
            """,
            row => new TaskLease(new PipelineRunId(row.GetString(0)), row.GetString(1), row.GetInt32(2), row.GetString(3), Instant(row.GetInt64(4))),
            Arg("$now", Millis(now)), Arg("$max", Math.Max(0, max)));

    public static List<TryCompletion> Pending(SqlSession session, int max) =>
        session.Query(
            """
            SELECT r.run_id, t.task_id, t.try_number, t.worker_id, t.outcome, t.ended_at, t.outputs, t.message, t.log_path
            FROM pipeline_task_tries t JOIN pipeline_runs r ON r.run_pk = t.run_pk
            WHERE t.phase = 'completed' ORDER BY t.ended_at, t.try_pk LIMIT $max
            """,
            row => new TryCompletion(new PipelineRunId(row.GetString(0)), row.GetString(1), row.GetInt32(2), row.GetString(3),
                ParseOutcome(row.GetString(4))!.Value, Instant(row.GetInt64(5)), JsonColumns.ParseMap(TaskRows.OptionalText(row, 6)),
                TaskRows.OptionalText(row, 7), TaskRows.OptionalText(row, 8)),
            Arg("$max", Math.Max(0, max)));

    private static SqlArg[] Key(PipelineRunId run, string task, int tryNumber, string worker) =>
        [Arg("$run", run.Value), Arg("$task", task), Arg("$try", tryNumber), Arg("$worker", worker)];
}

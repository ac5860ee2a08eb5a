using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Pipelines.Runs;
using Osprey.Core.Pipelines.Scheduling;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;
using static Osprey.Storage.Sqlite.Pipelines.PipelineText;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>Reads runs with their task instances and tries, run lists, and the schedule view.</summary>
internal static class PipelineRunReads
{
    private const string RunColumns =
        "run_pk, run_id, pipeline, kind, interval_start, interval_end, params, definition_digest, status, status_reason, created_at, started_at, ended_at, version";

    public static PipelineRunRecord Get(SqlSession session, PipelineRunId id)
    {
        var (pk, record) = session.QueryFirst($"SELECT {RunColumns} FROM pipeline_runs WHERE run_id = $id", MapRun, Arg("$id", id.Value));
        if (record is null)
        {
            throw NotFound(id);
        }
        var tasks = session.Query($"SELECT {TaskRows.Columns} FROM pipeline_task_instances WHERE run_pk = $pk ORDER BY position", TaskRows.Map, Arg("$pk", pk));
        var tries = session.Query(
            $"""
            SELECT {TryRows.Columns} FROM pipeline_task_tries t JOIN pipeline_task_instances i ON i.run_pk = t.run_pk AND i.task_id = t.task_id
            WHERE t.run_pk = $pk ORDER BY i.position, t.try_number
            """,
            TryRows.MapTry, Arg("$pk", pk));
        return record with { Tasks = tasks, Tries = tries };
    }

    public static List<PipelineRunSummary> List(SqlSession session, PipelineRunQuery query)
    {
        var statuses = query.Statuses is { Count: > 0 } list ? JsonColumns.List([.. list.Select(Status)]) : null;
        return session.Query(
            """
            SELECT run_id, pipeline, kind, interval_start, status, created_at, started_at, ended_at FROM pipeline_runs
            WHERE ($pipeline IS NULL OR pipeline = $pipeline)
              AND ($statuses IS NULL OR status IN (SELECT value FROM json_each($statuses)))
              AND ($before IS NULL OR created_at < $before)
            ORDER BY created_at DESC, run_pk DESC LIMIT $max
            """,
            row => new PipelineRunSummary(new PipelineRunId(row.GetString(0)), row.GetString(1), ParseKind(row.GetString(2)), Instant(row.GetInt64(3)),
                ParseStatus(row.GetString(4)), Instant(row.GetInt64(5)), TaskRows.OptionalInstant(row, 6), TaskRows.OptionalInstant(row, 7)),
            Arg("$pipeline", query.Pipeline), Arg("$statuses", statuses), Arg("$before", Millis(query.CreatedBefore)), Arg("$max", Math.Max(0, query.MaxResults)));
    }

    public static ScheduleView? ScheduleView(SqlSession session, string pipeline)
    {
        var record = PipelineRows.Find(session, pipeline);
        if (record is null)
        {
            return null;
        }
        var runs = session.Query(
            """
            SELECT run_id, status, kind, interval_start, created_at FROM pipeline_runs
            WHERE pipeline = $pipeline AND status IN ('queued', 'running') ORDER BY created_at, run_pk
            """,
            row => new ActiveRun(new PipelineRunId(row.GetString(0)), ParseStatus(row.GetString(1)), ParseKind(row.GetString(2)),
                Instant(row.GetInt64(3)), Instant(row.GetInt64(4))),
            Arg("$pipeline", pipeline));
        return new ScheduleView(record.ScheduledThrough, record.RegisteredAt, runs);
    }

    public static OspreyException NotFound(PipelineRunId id) => OspreyException.NotFound($"Pipeline run '{id}' does not exist.");

    private static (long Pk, PipelineRunRecord? Record) MapRun(SqliteDataReader row) => (row.GetInt64(0), new PipelineRunRecord(
        new PipelineRunId(row.GetString(1)),
        row.GetString(2),
        ParseKind(row.GetString(3)),
        new DataInterval(Instant(row.GetInt64(4)), Instant(row.GetInt64(5))),
        JsonColumns.ParseMap(row.GetString(6))!,
        row.GetString(7),
        ParseStatus(row.GetString(8)),
        TaskRows.OptionalText(row, 9),
        Instant(row.GetInt64(10)),
        TaskRows.OptionalInstant(row, 11),
        TaskRows.OptionalInstant(row, 12),
        row.GetInt64(13),
        [],
        []));
}

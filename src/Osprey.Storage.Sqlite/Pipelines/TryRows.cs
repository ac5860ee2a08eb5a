using Microsoft.Data.Sqlite;
using Osprey.Core.Pipelines.Runs;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;
using static Osprey.Storage.Sqlite.Pipelines.PipelineText;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>The tries of tasks: queued for workers, leased, completed, applied or closed.</summary>
internal static class TryRows
{
    /// <summary>The columns <see cref="MapTry"/> reads, for a <c>pipeline_task_tries t</c> alias.</summary>
    public const string Columns = "t.task_id, t.try_number, t.worker_id, t.started_at, t.ended_at, t.outcome, t.outputs, t.message, t.log_path";

    private const string Key = "run_pk = $pk AND task_id = $task AND try_number = $try";

    public static void Queue(SqlSession session, long runPk, TaskDispatch dispatch, DateTimeOffset at) =>
        session.Execute(
            """
            INSERT INTO pipeline_task_tries (run_pk, task_id, try_number, type, settings, execution_timeout_ms, chooses_children, phase, queued_at)
            VALUES ($pk, $task, $try, $type, $settings, $timeout, $chooses, 'queued', $at)
            """,
            Arg("$pk", runPk), Arg("$task", dispatch.TaskId), Arg("$try", dispatch.TryNumber), Arg("$type", dispatch.Type),
            Arg("$settings", JsonColumns.Element(dispatch.Settings)), Arg("$timeout", (long?)dispatch.ExecutionTimeout?.TotalMilliseconds),
            Arg("$chooses", dispatch.ChoosesChildren ? 1 : 0), Arg("$at", Millis(at)));

    /// <summary>Closes a try that is queued or leased, so it can no longer be claimed, renewed or completed.</summary>
    public static void Close(SqlSession session, long runPk, string taskId, int tryNumber, DateTimeOffset? at, string? message) =>
        session.Execute(
            $"""
            UPDATE pipeline_task_tries SET phase = 'closed', lease_expires_at = NULL, ended_at = COALESCE(ended_at, $at), message = COALESCE(message, $message)
            WHERE {Key} AND phase IN ('queued', 'leased')
            """,
            Arg("$pk", runPk), Arg("$task", taskId), Arg("$try", tryNumber), Arg("$at", Millis(at)), Arg("$message", message));

    public static void MarkApplied(SqlSession session, long runPk, TaskAttempt attempt) =>
        session.Execute($"UPDATE pipeline_task_tries SET phase = 'applied' WHERE {Key} AND phase = 'completed'",
            Arg("$pk", runPk), Arg("$task", attempt.TaskId), Arg("$try", attempt.TryNumber));

    public static TaskTry MapTry(SqliteDataReader row) => new(
        row.GetString(0),
        row.GetInt32(1),
        TaskRows.OptionalText(row, 2),
        TaskRows.OptionalInstant(row, 3),
        TaskRows.OptionalInstant(row, 4),
        ParseOutcome(TaskRows.OptionalText(row, 5)),
        JsonColumns.ParseMap(TaskRows.OptionalText(row, 6)),
        TaskRows.OptionalText(row, 7),
        TaskRows.OptionalText(row, 8));
}

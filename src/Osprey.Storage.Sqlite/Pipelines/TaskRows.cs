using Microsoft.Data.Sqlite;
using Osprey.Core.Pipelines.Runs;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;
using static Osprey.Storage.Sqlite.Pipelines.PipelineText;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>Reads and writes the task instances of runs.</summary>
internal static class TaskRows
{
    /// <summary>The columns <see cref="Map"/> reads, in order.</summary>
    public const string Columns =
        "task_id, state, try_number, max_tries, queued_at, started_at, ended_at, retry_at, outputs, message, followed";

    public static void Insert(SqlSession session, long runPk, int position, TaskInstance task) =>
        session.Execute(
            $"""
            INSERT INTO pipeline_task_instances (run_pk, position, {Columns})
            VALUES ($pk, $position, $task, $state, $try, $max, $queued, $started, $ended, $retry, $outputs, $message, $followed)
            """,
            [Arg("$pk", runPk), Arg("$position", position), .. Values(task)]);

    /// <summary>Writes a transition if the stored state is still its <see cref="TaskTransition.From"/>; a task the run did not have yet
    /// (added to the pipeline since) is inserted when the transition starts from none. Returns false on a mismatch.</summary>
    public static bool Update(SqlSession session, long runPk, TaskTransition transition)
    {
        var changed = session.Execute(
            """
            UPDATE pipeline_task_instances SET state = $state, try_number = $try, max_tries = $max, queued_at = $queued, started_at = $started,
                ended_at = $ended, retry_at = $retry, outputs = $outputs, message = $message, followed = $followed
            WHERE run_pk = $pk AND task_id = $task AND state = $from
            """,
            [Arg("$pk", runPk), Arg("$from", transition.From.Name()), .. Values(transition.To)]);
        if (changed == 1)
        {
            return true;
        }
        var exists = session.ScalarInt64("SELECT 1 FROM pipeline_task_instances WHERE run_pk = $pk AND task_id = $task",
            Arg("$pk", runPk), Arg("$task", transition.TaskId)) is not null;
        if (exists || transition.From != TaskState.None)
        {
            return false;
        }
        var position = session.ScalarInt64("SELECT COALESCE(MAX(position), -1) + 1 FROM pipeline_task_instances WHERE run_pk = $pk", Arg("$pk", runPk))!.Value;
        Insert(session, runPk, (int)position, transition.To);
        return true;
    }

    public static TaskInstance Map(SqliteDataReader row) => new(row.GetString(0), ParseState(row.GetString(1)), row.GetInt32(2), row.GetInt32(3))
    {
        QueuedAt = OptionalInstant(row, 4),
        StartedAt = OptionalInstant(row, 5),
        EndedAt = OptionalInstant(row, 6),
        RetryAt = OptionalInstant(row, 7),
        Outputs = JsonColumns.ParseMap(OptionalText(row, 8)),
        Message = OptionalText(row, 9),
        Followed = JsonColumns.ParseList(OptionalText(row, 10)),
    };

    public static DateTimeOffset? OptionalInstant(SqliteDataReader row, int column) => row.IsDBNull(column) ? null : Instant(row.GetInt64(column));

    public static string? OptionalText(SqliteDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static SqlArg[] Values(TaskInstance task) =>
    [
        Arg("$task", task.TaskId), Arg("$state", task.State.Name()), Arg("$try", task.TryNumber), Arg("$max", task.MaxTries),
        Arg("$queued", Millis(task.QueuedAt)), Arg("$started", Millis(task.StartedAt)), Arg("$ended", Millis(task.EndedAt)),
        Arg("$retry", Millis(task.RetryAt)), Arg("$outputs", JsonColumns.Map(task.Outputs)), Arg("$message", task.Message),
        Arg("$followed", JsonColumns.List(task.Followed)),
    ];
}

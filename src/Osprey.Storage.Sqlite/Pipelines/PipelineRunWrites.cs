using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Pipelines.Runs;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;
using static Osprey.Storage.Sqlite.Pipelines.PipelineText;

namespace Osprey.Storage.Sqlite.Pipelines;

/// <summary>Creates runs and applies their steps, on the writer loop: every transition is a compare-and-set on the stored state and the run's version.</summary>
internal static class PipelineRunWrites
{
    private const int SqliteConstraint = 19;

    public static void Create(SqlSession session, NewPipelineRun run)
    {
        PipelineRows.EnsurePipeline(session, run.Pipeline, run.CreatedAt);
        long pk;
        try
        {
            pk = session.ScalarInt64(
                """
                INSERT INTO pipeline_runs (run_id, pipeline, kind, interval_start, interval_end, params, definition_digest, status,
                    created_at, started_at, version)
                VALUES ($id, $pipeline, $kind, $start, $end, $params, $digest, $status, $created, $started, 1)
                RETURNING run_pk
                """,
                Arg("$id", run.Id.Value), Arg("$pipeline", run.Pipeline), Arg("$kind", Kind(run.Kind)),
                Arg("$start", Millis(run.Interval.Start)), Arg("$end", Millis(run.Interval.End)), Arg("$params", JsonColumns.Map(run.Params)),
                Arg("$digest", run.DefinitionDigest), Arg("$status", Status(run.Status)), Arg("$created", Millis(run.CreatedAt)),
                Arg("$started", Millis(run.StartedAt)))!.Value;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteConstraint)
        {
            throw new OspreyException(ErrorCode.AlreadyExists, run.Kind == RunKind.Scheduled
                ? $"Pipeline '{run.Pipeline}' already has a scheduled run for {run.Interval.Start:O} (or a run with id '{run.Id}')."
                : $"A pipeline run with id '{run.Id}' already exists.");
        }
        for (var i = 0; i < run.Tasks.Count; i++)
        {
            TaskRows.Insert(session, pk, i, run.Tasks[i]);
        }
        foreach (var dispatch in run.Dispatches)
        {
            TryRows.Queue(session, pk, dispatch, run.StartedAt ?? run.CreatedAt);
        }
        if (run.ScheduledThrough is { } through)
        {
            PipelineRows.MoveMark(session, run.Pipeline, through);
        }
    }

    public static long Apply(SqlSession session, RunStepWrite write)
    {
        var (pk, version) = session.QueryFirst("SELECT run_pk, version FROM pipeline_runs WHERE run_id = $id",
            row => (row.GetInt64(0), row.GetInt64(1)), Arg("$id", write.RunId.Value));
        if (pk == 0)
        {
            throw PipelineRunReads.NotFound(write.RunId);
        }
        if (version != write.ExpectedVersion)
        {
            throw Conflict(write.RunId, $"it is at version {version}, the step was computed from version {write.ExpectedVersion}");
        }
        var step = write.Step;
        var at = step.RunChange?.At ?? step.Transitions.Select(t => t.To.EndedAt ?? t.To.StartedAt ?? t.To.QueuedAt).FirstOrDefault(t => t is not null);
        foreach (var transition in step.Transitions)
        {
            ApplyTransition(session, pk, write.RunId, transition, at);
        }
        foreach (var kill in step.ToKill)
        {
            TryRows.Close(session, pk, kill.TaskId, kill.TryNumber, at, null);
        }
        foreach (var completion in write.Completions ?? [])
        {
            TryRows.MarkApplied(session, pk, completion);
        }
        if (step.RunChange is { } change)
        {
            session.Execute(
                "UPDATE pipeline_runs SET status = $status, status_reason = $reason, started_at = $started, ended_at = $ended WHERE run_pk = $pk",
                Arg("$status", Status(change.To)), Arg("$reason", change.Reason), Arg("$started", Millis(step.State.StartedAt)),
                Arg("$ended", Millis(step.State.EndedAt)), Arg("$pk", pk));
        }
        session.Execute("UPDATE pipeline_runs SET version = version + 1 WHERE run_pk = $pk", Arg("$pk", pk));
        return version + 1;
    }

    private static void ApplyTransition(SqlSession session, long pk, PipelineRunId runId, TaskTransition transition, DateTimeOffset? at)
    {
        if (!TaskRows.Update(session, pk, transition))
        {
            throw Conflict(runId, $"task {transition.TaskId} is no longer {transition.From.Name()}");
        }
        var to = transition.To;
        // A try in flight that the step moved on from (cancelled, timed out, lost, or ended) is closed so no worker claims or renews it.
        if (transition.From.IsInFlight() && !to.State.IsInFlight())
        {
            TryRows.Close(session, pk, to.TaskId, to.TryNumber, at ?? to.EndedAt, to.Message);
        }
        if (transition.Dispatch is { } dispatch)
        {
            TryRows.Queue(session, pk, dispatch, to.QueuedAt ?? at ?? DateTimeOffset.UnixEpoch);
        }
    }

    private static OspreyException Conflict(PipelineRunId runId, string why) =>
        new(ErrorCode.Conflict, $"Pipeline run '{runId}' changed since it was read ({why}); reload it and apply the event again.");
}

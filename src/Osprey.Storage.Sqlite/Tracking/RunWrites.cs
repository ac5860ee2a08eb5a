using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>The run writes other than logging, run on the writer loop.</summary>
internal static class RunWrites
{
    public static Run Create(SqlSession session, NewRun run)
    {
        if (ExperimentRows.Stage(session, run.ExperimentId) == LifecycleStage.Deleted)
        {
            throw new OspreyException(ErrorCode.InvalidState,
                $"Experiment '{run.ExperimentId}' is deleted; restore it before creating runs in it.");
        }
        if (session.ScalarInt64("SELECT run_pk FROM runs WHERE run_uuid = $id", Arg("$id", run.RunId.Value)) is not null)
        {
            throw new OspreyException(ErrorCode.AlreadyExists, $"Run '{run.RunId}' already exists.");
        }
        var pk = session.ScalarInt64(
            """
            INSERT INTO runs (run_uuid, experiment_id, name, user_id, status, start_time, end_time, artifact_uri, lifecycle_stage)
            VALUES ($id, $experiment, $name, $user, 'RUNNING', $start, NULL, $uri, 'active')
            RETURNING run_pk
            """,
            Arg("$id", run.RunId.Value), Arg("$experiment", run.ExperimentId.Value), Arg("$name", run.RunName),
            Arg("$user", run.UserId), Arg("$start", run.StartTime), Arg("$uri", run.ArtifactUri))!.Value;
        foreach (var tag in run.Tags)
        {
            UpsertTag(session, pk, tag);
        }
        var info = new RunInfo(run.RunId, run.ExperimentId, run.RunName, run.UserId, RunStatus.Running,
            run.StartTime, null, run.ArtifactUri, LifecycleStage.Active);
        var tags = run.Tags.GroupBy(t => t.Key, StringComparer.Ordinal).Select(g => g.Last())
            .OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        return new Run(info, [], [], tags, []);
    }

    public static RunInfo Update(SqlSession session, RunId id, RunUpdate update)
    {
        var pk = RunRows.RequireActive(session, id).Pk;
        session.Execute(
            """
            UPDATE runs SET status = COALESCE($status, status), end_time = COALESCE($end, end_time), name = COALESCE($name, name)
            WHERE run_pk = $pk
            """,
            Arg("$status", update.Status is { } status ? TrackingText.Status(status) : null),
            Arg("$end", update.EndTime), Arg("$name", update.RunName), Arg("$pk", pk));
        return session.QueryFirst($"SELECT {RunRows.Columns} FROM runs r WHERE r.run_pk = $pk", RunRows.MapInfo, Arg("$pk", pk))!;
    }

    public static void SetLifecycleStage(SqlSession session, RunId id, LifecycleStage stage)
    {
        var run = RunRows.Find(session, id);
        if (run.Stage == stage)
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Run '{id}' is already {TrackingText.Lifecycle(stage)}.");
        }
        if (stage == LifecycleStage.Active && ExperimentRows.Stage(session, run.ExperimentId) == LifecycleStage.Deleted)
        {
            throw new OspreyException(ErrorCode.InvalidState,
                $"Run '{id}' belongs to deleted experiment '{run.ExperimentId}'; restore the experiment first.");
        }
        session.Execute("UPDATE runs SET lifecycle_stage = $stage, deleted_with_experiment = 0 WHERE run_pk = $pk",
            Arg("$stage", TrackingText.Lifecycle(stage)), Arg("$pk", run.Pk));
    }

    public static void DeleteTag(SqlSession session, RunId id, string key)
    {
        var pk = RunRows.RequireActive(session, id).Pk;
        if (session.Execute("DELETE FROM run_tags WHERE run_pk = $pk AND key = $key", Arg("$pk", pk), Arg("$key", key)) == 0)
        {
            throw OspreyException.NotFound($"Run '{id}' has no tag '{key}'.");
        }
    }

    public static void LogInputs(SqlSession session, RunId id, IReadOnlyList<DatasetInput> inputs)
    {
        var (pk, experiment, _) = RunRows.RequireActive(session, id);
        foreach (var input in inputs)
        {
            var dataset = DatasetKey(session, experiment, input.Dataset);
            var inputPk = session.ScalarInt64("SELECT input_pk FROM run_inputs WHERE run_pk = $run AND dataset_pk = $dataset",
                    Arg("$run", pk), Arg("$dataset", dataset))
                ?? session.ScalarInt64("INSERT INTO run_inputs (run_pk, dataset_pk) VALUES ($run, $dataset) RETURNING input_pk",
                    Arg("$run", pk), Arg("$dataset", dataset))!.Value;
            foreach (var tag in input.Tags)
            {
                session.Execute(
                    """
                    INSERT INTO input_tags (input_pk, key, value) VALUES ($input, $key, $value)
                    ON CONFLICT (input_pk, key) DO UPDATE SET value = excluded.value
                    """,
                    Arg("$input", inputPk), Arg("$key", tag.Key), Arg("$value", tag.Value));
            }
        }
    }

    /// <summary>Sets a run tag, last write wins.</summary>
    public static void UpsertTag(SqlSession session, long pk, Tag tag) =>
        session.Execute(
            """
            INSERT INTO run_tags (run_pk, key, value) VALUES ($pk, $key, $value)
            ON CONFLICT (run_pk, key) DO UPDATE SET value = excluded.value
            """,
            Arg("$pk", pk), Arg("$key", tag.Key), Arg("$value", tag.Value));

    private static long DatasetKey(SqlSession session, ExperimentId experiment, Dataset dataset)
    {
        // Data sets are shared by the runs of an experiment, identified by name and digest.
        var existing = session.ScalarInt64(
            "SELECT dataset_pk FROM datasets WHERE experiment_id = $experiment AND name = $name AND digest = $digest",
            Arg("$experiment", experiment.Value), Arg("$name", dataset.Name), Arg("$digest", dataset.Digest));
        return existing ?? session.ScalarInt64(
            """
            INSERT INTO datasets (experiment_id, name, digest, source_type, source, dataset_schema, profile)
            VALUES ($experiment, $name, $digest, $sourceType, $source, $schema, $profile) RETURNING dataset_pk
            """,
            Arg("$experiment", experiment.Value), Arg("$name", dataset.Name), Arg("$digest", dataset.Digest),
            Arg("$sourceType", dataset.SourceType), Arg("$source", dataset.Source),
            Arg("$schema", dataset.Schema), Arg("$profile", dataset.Profile))!.Value;
    }
}

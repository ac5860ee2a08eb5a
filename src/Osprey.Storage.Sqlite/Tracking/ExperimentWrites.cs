using System.Globalization;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>The experiment writes, run on the writer loop.</summary>
internal static class ExperimentWrites
{
    public static ExperimentId Create(SqlSession session, string name, string artifactLocation, IReadOnlyList<Tag> tags, long now)
    {
        RequireNameFree(session, name);
        // Only the writer assigns ids, so MAX + 1 cannot race; experiments are never hard-deleted, so ids are never reused.
        var id = session.ScalarInt64("SELECT COALESCE(MAX(experiment_id), -1) + 1 FROM experiments")!.Value;
        var location = artifactLocation.Replace("{id}", id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        session.Execute(
            """
            INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time)
            VALUES ($id, $name, $location, 'active', $now, $now)
            """,
            Arg("$id", id), Arg("$name", name), Arg("$location", location), Arg("$now", now));
        foreach (var tag in tags)
        {
            UpsertTag(session, id, tag.Key, tag.Value);
        }
        return new ExperimentId(id);
    }

    public static void Rename(SqlSession session, ExperimentId id, string newName, long now)
    {
        ExperimentRows.RequireActive(session, id, "renaming it");
        var holder = session.ScalarInt64("SELECT experiment_id FROM experiments WHERE name = $name", Arg("$name", newName));
        if (holder == id.Value)
        {
            return;
        }
        RequireNameFree(session, newName);
        session.Execute("UPDATE experiments SET name = $name, last_update_time = $now WHERE experiment_id = $id",
            Arg("$name", newName), Arg("$now", now), Arg("$id", id.Value));
    }

    public static void SetLifecycleStage(SqlSession session, ExperimentId id, LifecycleStage stage, long now)
    {
        if (ExperimentRows.Stage(session, id) == stage)
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Experiment '{id}' is already {TrackingText.Lifecycle(stage)}.");
        }
        session.Execute("UPDATE experiments SET lifecycle_stage = $stage, last_update_time = $now WHERE experiment_id = $id",
            Arg("$stage", TrackingText.Lifecycle(stage)), Arg("$now", now), Arg("$id", id.Value));
        // Runs deleted on their own before stay deleted when the experiment comes back.
        session.Execute(stage == LifecycleStage.Deleted
                ? "UPDATE runs SET lifecycle_stage = 'deleted', deleted_with_experiment = 1 WHERE experiment_id = $id AND lifecycle_stage = 'active'"
                : "UPDATE runs SET lifecycle_stage = 'active', deleted_with_experiment = 0 WHERE experiment_id = $id AND deleted_with_experiment = 1",
            Arg("$id", id.Value));
    }

    public static void SetTag(SqlSession session, ExperimentId id, string key, string? value, long now)
    {
        ExperimentRows.RequireActive(session, id, "changing its tags");
        if (value is null)
        {
            var deleted = session.Execute("DELETE FROM experiment_tags WHERE experiment_id = $id AND key = $key",
                Arg("$id", id.Value), Arg("$key", key));
            if (deleted == 0)
            {
                throw OspreyException.NotFound($"Experiment '{id}' has no tag '{key}'.");
            }
        }
        else
        {
            UpsertTag(session, id.Value, key, value);
        }
        session.Execute("UPDATE experiments SET last_update_time = $now WHERE experiment_id = $id", Arg("$now", now), Arg("$id", id.Value));
    }

    private static void UpsertTag(SqlSession session, long id, string key, string value) =>
        session.Execute(
            """
            INSERT INTO experiment_tags (experiment_id, key, value) VALUES ($id, $key, $value)
            ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value
            """,
            Arg("$id", id), Arg("$key", key), Arg("$value", value));

    private static void RequireNameFree(SqlSession session, string name)
    {
        var stage = session.ScalarString("SELECT lifecycle_stage FROM experiments WHERE name = $name", Arg("$name", name));
        if (stage is not null)
        {
            throw new OspreyException(ErrorCode.AlreadyExists, stage == "deleted"
                ? $"Experiment '{name}' already exists (deleted); restore it or choose another name."
                : $"Experiment '{name}' already exists.");
        }
    }
}

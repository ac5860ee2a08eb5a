using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Reads experiments (with their tags) from any session.</summary>
internal static class ExperimentRows
{
    /// <summary>The columns <see cref="Map"/> reads, for an <c>experiments e</c> alias.</summary>
    public const string Columns = "e.experiment_id, e.name, e.artifact_location, e.lifecycle_stage, e.creation_time, e.last_update_time";

    /// <summary>Gets an experiment or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static Experiment Get(SqlSession session, ExperimentId id) =>
        WithTags(session, session.Query($"SELECT {Columns} FROM experiments e WHERE e.experiment_id = $id", Map, Arg("$id", id.Value)))
            .SingleOrDefault() ?? throw NotFound(id);

    /// <summary>Gets an experiment by exact name, or null.</summary>
    public static Experiment? FindByName(SqlSession session, string name) =>
        WithTags(session, session.Query($"SELECT {Columns} FROM experiments e WHERE e.name = $name", Map, Arg("$name", name)))
            .SingleOrDefault();

    /// <summary>Gets the lifecycle stage of an experiment or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static LifecycleStage Stage(SqlSession session, ExperimentId id)
    {
        var stage = session.ScalarString("SELECT lifecycle_stage FROM experiments WHERE experiment_id = $id", Arg("$id", id.Value));
        return stage is null ? throw NotFound(id) : TrackingText.ParseLifecycle(stage);
    }

    /// <summary>Gets the lifecycle stage of an experiment, requiring it to be active.</summary>
    public static void RequireActive(SqlSession session, ExperimentId id, string action)
    {
        if (Stage(session, id) == LifecycleStage.Deleted)
        {
            throw new OspreyException(ErrorCode.InvalidState, $"Experiment '{id}' is deleted; restore it before {action}.");
        }
    }

    /// <summary>Reads one row selected with <see cref="Columns"/> (tags left empty).</summary>
    public static Experiment Map(SqliteDataReader row) => new(
        new ExperimentId(row.GetInt64(0)),
        row.GetString(1),
        row.GetString(2),
        TrackingText.ParseLifecycle(row.GetString(3)),
        row.GetInt64(4),
        row.GetInt64(5),
        []);

    /// <summary>Fills in the tags of experiments with one query.</summary>
    public static List<Experiment> WithTags(SqlSession session, List<Experiment> experiments)
    {
        if (experiments.Count == 0)
        {
            return experiments;
        }
        var tags = session.Query(
                $"SELECT experiment_id, key, value FROM experiment_tags WHERE experiment_id IN ({IdList.Select}) ORDER BY experiment_id, key",
                row => (Id: row.GetInt64(0), Tag: new Tag(row.GetString(1), row.GetString(2))),
                Arg("$ids", IdList.Json(experiments.Select(e => e.Id.Value))))
            .ToLookup(t => t.Id, t => t.Tag);
        return experiments.ConvertAll(e => e with { Tags = tags[e.Id.Value].ToList() });
    }

    /// <summary>The failure for an unknown experiment id.</summary>
    public static OspreyException NotFound(ExperimentId id) => OspreyException.NotFound($"Experiment '{id}' does not exist.");
}

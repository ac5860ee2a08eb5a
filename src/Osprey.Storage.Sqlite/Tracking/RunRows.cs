using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Finds runs by id and reads their attribute rows.</summary>
internal static class RunRows
{
    /// <summary>The columns <see cref="MapInfo"/> reads (after the run_pk), for a <c>runs r</c> alias.</summary>
    public const string Columns =
        "r.run_pk, r.run_uuid, r.experiment_id, r.name, r.user_id, r.status, r.start_time, r.end_time, r.artifact_uri, r.lifecycle_stage";

    /// <summary>Finds a run or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static RunState Find(SqlSession session, RunId id) =>
        session.QueryFirst(
            "SELECT run_pk, experiment_id, lifecycle_stage FROM runs WHERE run_uuid = $id",
            row => new RunState(row.GetInt64(0), new ExperimentId(row.GetInt64(1)), TrackingText.ParseLifecycle(row.GetString(2))),
            Arg("$id", id.Value))
        ?? throw NotFound(id);

    /// <summary>Finds an active run; throws <see cref="ErrorCode.InvalidState"/> for a deleted one.</summary>
    public static RunState RequireActive(SqlSession session, RunId id)
    {
        var state = Find(session, id);
        return state.Stage == LifecycleStage.Active
            ? state
            : throw new OspreyException(ErrorCode.InvalidState, $"Run '{id}' is deleted; restore it before writing to it.");
    }

    /// <summary>Reads the attributes selected with <see cref="Columns"/>.</summary>
    public static RunInfo MapInfo(SqliteDataReader row) => new(
        new RunId(row.GetString(1)),
        new ExperimentId(row.GetInt64(2)),
        row.GetString(3),
        row.GetString(4),
        TrackingText.ParseStatus(row.GetString(5)),
        row.GetInt64(6),
        row.IsDBNull(7) ? null : row.GetInt64(7),
        row.GetString(8),
        TrackingText.ParseLifecycle(row.GetString(9)));

    /// <summary>Reads a metric from columns key, value, timestamp, step, is_nan starting at <paramref name="first"/>.</summary>
    public static Metric MapMetric(SqliteDataReader row, int first) => new(
        row.GetString(first),
        row.GetInt64(first + 4) != 0 ? double.NaN : row.GetDouble(first + 1),
        row.GetInt64(first + 2),
        row.GetInt64(first + 3));

    /// <summary>The failure for an unknown run id.</summary>
    public static OspreyException NotFound(RunId id) => OspreyException.NotFound($"Run '{id}' does not exist.");
}

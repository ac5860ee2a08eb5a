using Microsoft.Data.Sqlite;
using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Tracking;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.LoggedModels;

/// <summary>Finds logged models by id and loads them whole, one query per child table for any number of models.</summary>
internal static class LoggedModelRows
{
    private const string InModels = $"model_pk IN ({IdList.Select})";

    private const string Columns =
        "m.model_pk, m.model_id, m.experiment_id, m.name, m.model_type, m.source_run_id, m.status, m.status_message, " +
        "m.artifact_location, m.creation_timestamp, m.last_updated_timestamp, m.lifecycle_stage";

    /// <summary>Finds a model in any lifecycle stage or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static LoggedModelState Find(SqlSession session, LoggedModelId id) =>
        session.QueryFirst("SELECT model_pk, lifecycle_stage FROM logged_models WHERE model_id = $id",
            row => new LoggedModelState(row.GetInt64(0), TrackingText.ParseLifecycle(row.GetString(1))), Arg("$id", id.Value))
        ?? throw NotFound(id);

    /// <summary>Finds an active model; throws <see cref="ErrorCode.InvalidState"/> for a deleted one.</summary>
    public static long RequireActive(SqlSession session, LoggedModelId id)
    {
        var model = Find(session, id);
        return model.Stage == LifecycleStage.Active
            ? model.Pk
            : throw new OspreyException(ErrorCode.InvalidState, $"Logged model '{id}' is deleted; a deleted model cannot be changed.");
    }

    /// <summary>Loads one model by key.</summary>
    public static LoggedModel Get(SqlSession session, LoggedModelId id) => Load(session, [Find(session, id).Pk])[0];

    /// <summary>Returns the models with their tags, params and linked metrics, in the order of <paramref name="pks"/>.</summary>
    public static List<LoggedModel> Load(SqlSession session, IReadOnlyList<long> pks)
    {
        if (pks.Count == 0)
        {
            return [];
        }
        var ids = Arg("$ids", IdList.Json(pks));
        var models = session.Query($"SELECT {Columns} FROM logged_models m WHERE m.{InModels}", row => (Pk: row.GetInt64(0), Model: Map(row)), ids)
            .ToDictionary(m => m.Pk, m => m.Model);
        var tags = KeyValues(session, "logged_model_tags", ids).ToLookup(t => t.Pk, t => new Tag(t.Key, t.Value));
        var parameters = KeyValues(session, "logged_model_params", ids).ToLookup(p => p.Pk, p => new Param(p.Key, p.Value));
        var metrics = session.Query(
                $"""
                SELECT m.model_pk, l.model_id, m.run_id, m.key, m.value, m.timestamp, m.step, m.is_nan, m.dataset_name, m.dataset_digest
                FROM logged_model_metrics m JOIN logged_models l ON l.model_pk = m.model_pk
                WHERE m.{InModels} ORDER BY m.model_pk, m.key, m.timestamp, m.step, m.rowid
                """,
                row => (Pk: row.GetInt64(0), Metric: MapMetric(row)), ids)
            .ToLookup(m => m.Pk, m => m.Metric);
        return pks.Where(models.ContainsKey)
            .Select(pk => models[pk] with { Tags = tags[pk].ToList(), Params = parameters[pk].ToList(), Metrics = metrics[pk].ToList() })
            .ToList();
    }

    /// <summary>The failure for an unknown model id.</summary>
    public static OspreyException NotFound(LoggedModelId id) => OspreyException.NotFound($"Logged model '{id}' does not exist.");

    private static List<(long Pk, string Key, string Value)> KeyValues(SqlSession session, string table, SqlArg ids) =>
        session.Query($"SELECT model_pk, key, value FROM {table} WHERE {InModels} ORDER BY model_pk, key",
            row => (row.GetInt64(0), row.GetString(1), row.GetString(2)), ids);

    private static LoggedModel Map(SqliteDataReader row) => new(
        new LoggedModelId(row.GetString(1)),
        new ExperimentId(row.GetInt64(2)),
        row.GetString(3),
        row.IsDBNull(4) ? null : row.GetString(4),
        row.IsDBNull(5) ? null : row.GetString(5),
        LoggedModelStatusNames.TryParse(row.GetString(6)) ?? LoggedModelStatus.Pending,
        row.IsDBNull(7) ? null : row.GetString(7),
        row.GetString(8),
        row.GetInt64(9),
        row.GetInt64(10),
        TrackingText.ParseLifecycle(row.GetString(11)),
        [],
        [],
        []);

    private static LoggedModelMetric MapMetric(SqliteDataReader row) => new(
        row.GetString(1),
        row.GetString(2),
        new Metric(row.GetString(3), row.GetInt64(7) != 0 ? double.NaN : row.GetDouble(4), row.GetInt64(5), row.GetInt64(6)),
        row.IsDBNull(8) ? null : row.GetString(8),
        row.IsDBNull(9) ? null : row.GetString(9));
}

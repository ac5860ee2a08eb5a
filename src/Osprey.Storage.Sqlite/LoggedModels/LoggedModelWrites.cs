using Osprey.Core;
using Osprey.Core.Tracking;
using Osprey.Core.Tracking.LoggedModels;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Tracking;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.LoggedModels;

/// <summary>The logged-model writes, run on the writer loop; each touches last_updated_timestamp.</summary>
internal static class LoggedModelWrites
{
    public static LoggedModel Create(SqlSession session, NewLoggedModel model)
    {
        ExperimentRows.RequireActive(session, model.ExperimentId, "logging models in it");
        var pk = session.ScalarInt64(
            """
            INSERT INTO logged_models (model_id, experiment_id, name, model_type, source_run_id, status, status_message,
                                       artifact_location, creation_timestamp, last_updated_timestamp, lifecycle_stage)
            VALUES ($id, $experiment, $name, $type, $run, 'PENDING', NULL, $location, $now, $now, 'active')
            RETURNING model_pk
            """,
            Arg("$id", model.ModelId.Value), Arg("$experiment", model.ExperimentId.Value), Arg("$name", model.Name),
            Arg("$type", model.ModelType), Arg("$run", model.SourceRunId), Arg("$location", model.ArtifactLocation),
            Arg("$now", model.Now))!.Value;
        UpsertTags(session, pk, model.Tags);
        InsertParams(session, model.ModelId, pk, model.Params);
        return LoggedModelRows.Load(session, [pk])[0];
    }

    public static LoggedModel Finalize(SqlSession session, LoggedModelId id, LoggedModelStatus status, long now)
    {
        var pk = LoggedModelRows.RequireActive(session, id);
        session.Execute("UPDATE logged_models SET status = $status, last_updated_timestamp = $now WHERE model_pk = $pk",
            Arg("$status", LoggedModelStatusNames.Name(status)), Arg("$now", now), Arg("$pk", pk));
        return LoggedModelRows.Load(session, [pk])[0];
    }

    public static void Delete(SqlSession session, LoggedModelId id, long now)
    {
        var pk = LoggedModelRows.RequireActive(session, id);
        session.Execute("UPDATE logged_models SET lifecycle_stage = 'deleted', last_updated_timestamp = $now WHERE model_pk = $pk",
            Arg("$now", now), Arg("$pk", pk));
    }

    public static void SetTags(SqlSession session, LoggedModelId id, IReadOnlyList<Tag> tags, long now)
    {
        var pk = LoggedModelRows.RequireActive(session, id);
        UpsertTags(session, pk, tags);
        Touch(session, pk, now);
    }

    public static void DeleteTag(SqlSession session, LoggedModelId id, string key, long now)
    {
        var pk = LoggedModelRows.RequireActive(session, id);
        if (session.Execute("DELETE FROM logged_model_tags WHERE model_pk = $pk AND key = $key", Arg("$pk", pk), Arg("$key", key)) == 0)
        {
            throw OspreyException.NotFound($"Logged model '{id}' has no tag '{key}'.");
        }
        Touch(session, pk, now);
    }

    public static void LogParams(SqlSession session, LoggedModelId id, IReadOnlyList<Param> parameters, long now)
    {
        var pk = LoggedModelRows.RequireActive(session, id);
        InsertParams(session, id, pk, parameters);
        Touch(session, pk, now);
    }

    private static void InsertParams(SqlSession session, LoggedModelId id, long pk, IReadOnlyList<Param> parameters)
    {
        // Every param is checked before the first is written, so a conflict leaves the model as it was.
        var fresh = new List<Param>();
        foreach (var param in parameters.DistinctBy(p => p.Key, StringComparer.Ordinal))
        {
            var stored = session.ScalarString("SELECT value FROM logged_model_params WHERE model_pk = $pk AND key = $key",
                Arg("$pk", pk), Arg("$key", param.Key));
            if (stored is null)
            {
                fresh.Add(param);
            }
            else if (stored != param.Value)
            {
                throw new OspreyException(ErrorCode.Conflict,
                    $"Param '{param.Key}' of logged model '{id}' was already logged with value '{stored}' and cannot be changed to '{param.Value}' (params are write-once).");
            }
        }
        foreach (var param in fresh)
        {
            session.Execute("INSERT INTO logged_model_params (model_pk, key, value) VALUES ($pk, $key, $value)",
                Arg("$pk", pk), Arg("$key", param.Key), Arg("$value", param.Value));
        }
    }

    private static void UpsertTags(SqlSession session, long pk, IReadOnlyList<Tag> tags)
    {
        foreach (var tag in tags)
        {
            session.Execute(
                """
                INSERT INTO logged_model_tags (model_pk, key, value) VALUES ($pk, $key, $value)
                ON CONFLICT (model_pk, key) DO UPDATE SET value = excluded.value
                """,
                Arg("$pk", pk), Arg("$key", tag.Key), Arg("$value", tag.Value));
        }
    }

    private static void Touch(SqlSession session, long pk, long now) =>
        session.Execute("UPDATE logged_models SET last_updated_timestamp = $now WHERE model_pk = $pk", Arg("$now", now), Arg("$pk", pk));
}

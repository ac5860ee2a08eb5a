using Osprey.Core.Registry;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>The model-version writes other than stage and alias moves, run on the writer loop.</summary>
internal static class VersionWrites
{
    public static ModelVersion Create(SqlSession session, NewModelVersion version)
    {
        var model = ModelRows.Require(session, version.Name);
        // last_version only grows, so a deleted version's number is never handed out again.
        var number = (int)session.ScalarInt64(
            """
            UPDATE registered_models SET last_version = last_version + 1, last_updated_timestamp = $now
            WHERE model_pk = $pk RETURNING last_version
            """,
            Arg("$now", version.Now), Arg("$pk", model.Pk))!.Value;
        session.Execute(
            """
            INSERT INTO model_versions (model_pk, version, creation_timestamp, last_updated_timestamp, description, user_id,
                                        current_stage, source, run_id, run_link, status, status_message)
            VALUES ($pk, $version, $now, $now, $description, $user, 'None', $source, $run, $link, 'READY', '')
            """,
            Arg("$pk", model.Pk), Arg("$version", number), Arg("$now", version.Now), Arg("$description", version.Description),
            Arg("$user", version.UserId), Arg("$source", version.Source), Arg("$run", version.RunId), Arg("$link", version.RunLink));
        foreach (var tag in version.Tags)
        {
            UpsertTag(session, model.Pk, number, tag.Key, tag.Value);
        }
        return VersionRows.Get(session, model, number);
    }

    public static ModelVersion UpdateDescription(SqlSession session, string name, int version, string description, long now)
    {
        var model = ModelRows.Require(session, name);
        VersionRows.StageOf(session, model, version);
        session.Execute(
            "UPDATE model_versions SET description = $description, last_updated_timestamp = $now WHERE model_pk = $pk AND version = $version",
            Arg("$description", description), Arg("$now", now), Arg("$pk", model.Pk), Arg("$version", version));
        return VersionRows.Get(session, model, version);
    }

    public static void SetTag(SqlSession session, string name, int version, string key, string? value, long now)
    {
        var model = ModelRows.Require(session, name);
        VersionRows.StageOf(session, model, version);
        if (value is null)
        {
            session.Execute("DELETE FROM model_version_tags WHERE model_pk = $pk AND version = $version AND key = $key",
                Arg("$pk", model.Pk), Arg("$version", version), Arg("$key", key));
        }
        else
        {
            UpsertTag(session, model.Pk, version, key, value);
        }
        session.Execute("UPDATE model_versions SET last_updated_timestamp = $now WHERE model_pk = $pk AND version = $version",
            Arg("$now", now), Arg("$pk", model.Pk), Arg("$version", version));
    }

    private static void UpsertTag(SqlSession session, long pk, int version, string key, string value) =>
        session.Execute(
            """
            INSERT INTO model_version_tags (model_pk, version, key, value) VALUES ($pk, $version, $key, $value)
            ON CONFLICT (model_pk, version, key) DO UPDATE SET value = excluded.value
            """,
            Arg("$pk", pk), Arg("$version", version), Arg("$key", key), Arg("$value", value));
}

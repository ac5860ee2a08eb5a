using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Core.Tracking;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>The registered-model writes, run on the writer loop.</summary>
internal static class ModelWrites
{
    public static RegisteredModel Create(SqlSession session, string name, string description, IReadOnlyList<Tag> tags, long now)
    {
        RequireNameFree(session, name);
        var pk = session.ScalarInt64(
            """
            INSERT INTO registered_models (name, creation_timestamp, last_updated_timestamp, description)
            VALUES ($name, $now, $now, $description) RETURNING model_pk
            """,
            Arg("$name", name), Arg("$now", now), Arg("$description", description))!.Value;
        foreach (var tag in tags)
        {
            UpsertTag(session, pk, tag.Key, tag.Value);
        }
        return ModelRows.Get(session, name);
    }

    public static RegisteredModel Rename(SqlSession session, string name, string newName, long now)
    {
        var model = ModelRows.Require(session, name);
        if (newName == model.Name)
        {
            return ModelRows.Get(session, name);
        }
        RequireNameFree(session, newName);
        session.Execute("UPDATE registered_models SET name = $name, last_updated_timestamp = $now WHERE model_pk = $pk",
            Arg("$name", newName), Arg("$now", now), Arg("$pk", model.Pk));
        // The history follows the model (matched on its key), not whatever else once bore the old name.
        session.Execute("UPDATE registry_events SET model_name = $name WHERE model_pk = $pk", Arg("$name", newName), Arg("$pk", model.Pk));
        return ModelRows.Get(session, newName);
    }

    public static RegisteredModel UpdateDescription(SqlSession session, string name, string description, long now)
    {
        var model = ModelRows.Require(session, name);
        session.Execute("UPDATE registered_models SET description = $description, last_updated_timestamp = $now WHERE model_pk = $pk",
            Arg("$description", description), Arg("$now", now), Arg("$pk", model.Pk));
        return ModelRows.Get(session, name);
    }

    public static void Delete(SqlSession session, string name, RegistryChange change)
    {
        var model = ModelRows.Require(session, name);
        var aliases = session.Query("SELECT alias, version FROM model_aliases WHERE model_pk = $pk ORDER BY alias",
            row => (Alias: row.GetString(0), Version: row.GetInt32(1)), Arg("$pk", model.Pk));
        var stages = Enum.GetValues<ModelStage>().Where(s => s != ModelStage.None)
            .Select(s => (Stage: s, Holder: VersionRows.Holder(session, model.Pk, s)))
            .Where(s => s.Holder is not null)
            .ToList();
        // Versions, their tags and aliases, and the model's tags go by ON DELETE CASCADE; registry_events stay,
        // and record what the deletion emptied so "who held @champion at T" stays true after it.
        session.Execute("DELETE FROM registered_models WHERE model_pk = $pk", Arg("$pk", model.Pk));
        foreach (var (alias, version) in aliases)
        {
            RegistryEvents.Append(session, model, RegistryEventKind.AliasDeleted, alias, version, null, change);
        }
        foreach (var (stage, holder) in stages)
        {
            RegistryEvents.Stage(session, model, stage, holder, null, change);
        }
    }

    public static void SetTag(SqlSession session, string name, string key, string? value, long now)
    {
        var model = ModelRows.Require(session, name);
        if (value is null)
        {
            session.Execute("DELETE FROM registered_model_tags WHERE model_pk = $pk AND key = $key", Arg("$pk", model.Pk), Arg("$key", key));
        }
        else
        {
            UpsertTag(session, model.Pk, key, value);
        }
        session.Execute("UPDATE registered_models SET last_updated_timestamp = $now WHERE model_pk = $pk", Arg("$now", now), Arg("$pk", model.Pk));
    }

    private static void UpsertTag(SqlSession session, long pk, string key, string value) =>
        session.Execute(
            """
            INSERT INTO registered_model_tags (model_pk, key, value) VALUES ($pk, $key, $value)
            ON CONFLICT (model_pk, key) DO UPDATE SET value = excluded.value
            """,
            Arg("$pk", pk), Arg("$key", key), Arg("$value", value));

    private static void RequireNameFree(SqlSession session, string name)
    {
        if (ModelRows.Find(session, name) is not null)
        {
            throw new OspreyException(ErrorCode.AlreadyExists, $"Registered model '{name}' already exists.");
        }
    }
}

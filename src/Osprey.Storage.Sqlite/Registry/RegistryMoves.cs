using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>Stage transitions, alias moves and version deletion, each recorded in the history in the same transaction.</summary>
/// <remarks>
/// The holder of a stage is the highest version in it. A move into a stage records (stage, previous holder, version);
/// archiving by <c>archiveExisting</c> records one move into Archived per version; and when a version that held a stage
/// (other than None) leaves it, a move of that stage to its new holder (or null, emptied) is recorded too, so
/// "who held Production at time T" can be answered from the history alone.
/// </remarks>
internal static class RegistryMoves
{
    public static ModelVersion Transition(SqlSession session, string name, int version, ModelStage stage, bool archiveExisting, RegistryChange change)
    {
        var model = ModelRows.Require(session, name);
        var left = VersionRows.StageOf(session, model, version);
        var heldLeft = left != ModelStage.None && left != stage && VersionRows.Holder(session, model.Pk, left) == version;
        var previous = VersionRows.Holder(session, model.Pk, stage);
        SetStage(session, model, version, stage, change.Now);
        RegistryEvents.Stage(session, model, stage, previous, version, change);
        if (heldLeft)
        {
            RegistryEvents.Stage(session, model, left, version, VersionRows.Holder(session, model.Pk, left), change);
        }
        // As in MLflow, only a move into Staging or Production archives the versions already there.
        if (archiveExisting && stage is ModelStage.Staging or ModelStage.Production)
        {
            var others = session.Query(
                "SELECT version FROM model_versions WHERE model_pk = $pk AND current_stage = $stage AND version <> $version ORDER BY version",
                row => row.GetInt32(0), Arg("$pk", model.Pk), Arg("$stage", RegistryText.Stage(stage)), Arg("$version", version));
            foreach (var other in others)
            {
                var archived = VersionRows.Holder(session, model.Pk, ModelStage.Archived);
                SetStage(session, model, other, ModelStage.Archived, change.Now);
                RegistryEvents.Stage(session, model, ModelStage.Archived, archived, other, change);
            }
        }
        session.Execute("UPDATE registered_models SET last_updated_timestamp = $now WHERE model_pk = $pk",
            Arg("$now", change.Now), Arg("$pk", model.Pk));
        return VersionRows.Get(session, model, version);
    }

    public static void DeleteVersion(SqlSession session, string name, int version, RegistryChange change)
    {
        var model = ModelRows.Require(session, name);
        var stage = VersionRows.StageOf(session, model, version);
        var heldStage = stage != ModelStage.None && VersionRows.Holder(session, model.Pk, stage) == version;
        var aliases = session.Query("SELECT alias FROM model_aliases WHERE model_pk = $pk AND version = $version ORDER BY alias",
            row => row.GetString(0), Arg("$pk", model.Pk), Arg("$version", version));
        // Tags and aliases of the version go by ON DELETE CASCADE.
        session.Execute("DELETE FROM model_versions WHERE model_pk = $pk AND version = $version", Arg("$pk", model.Pk), Arg("$version", version));
        foreach (var alias in aliases)
        {
            RegistryEvents.Append(session, model, RegistryEventKind.AliasDeleted, alias, version, null, change);
        }
        if (heldStage)
        {
            RegistryEvents.Stage(session, model, stage, version, VersionRows.Holder(session, model.Pk, stage), change);
        }
        session.Execute("UPDATE registered_models SET last_updated_timestamp = $now WHERE model_pk = $pk",
            Arg("$now", change.Now), Arg("$pk", model.Pk));
    }

    public static void SetAlias(SqlSession session, string name, string alias, int version, RegistryChange change)
    {
        var model = ModelRows.Require(session, name);
        VersionRows.StageOf(session, model, version);
        var previous = Holder(session, model, alias);
        session.Execute(
            """
            INSERT INTO model_aliases (model_pk, alias, version) VALUES ($pk, $alias, $version)
            ON CONFLICT (model_pk, alias) DO UPDATE SET version = excluded.version
            """,
            Arg("$pk", model.Pk), Arg("$alias", alias), Arg("$version", version));
        RegistryEvents.Append(session, model, RegistryEventKind.AliasSet, alias, previous, version, change);
    }

    public static void DeleteAlias(SqlSession session, string name, string alias, RegistryChange change)
    {
        var model = ModelRows.Require(session, name);
        var previous = Holder(session, model, alias) ?? throw AliasNotFound(name, alias);
        session.Execute("DELETE FROM model_aliases WHERE model_pk = $pk AND alias = $alias", Arg("$pk", model.Pk), Arg("$alias", alias));
        RegistryEvents.Append(session, model, RegistryEventKind.AliasDeleted, alias, previous, null, change);
    }

    /// <summary>Gets the version an alias points at, or throws <see cref="ErrorCode.NotFound"/>.</summary>
    public static ModelVersion ByAlias(SqlSession session, string name, string alias)
    {
        var model = ModelRows.Require(session, name);
        var version = Holder(session, model, alias) ?? throw AliasNotFound(name, alias);
        return VersionRows.Get(session, model, version);
    }

    private static int? Holder(SqlSession session, ModelKey model, string alias) =>
        (int?)session.ScalarInt64("SELECT version FROM model_aliases WHERE model_pk = $pk AND alias = $alias",
            Arg("$pk", model.Pk), Arg("$alias", alias));

    private static void SetStage(SqlSession session, ModelKey model, int version, ModelStage stage, long now) =>
        session.Execute(
            "UPDATE model_versions SET current_stage = $stage, last_updated_timestamp = $now WHERE model_pk = $pk AND version = $version",
            Arg("$stage", RegistryText.Stage(stage)), Arg("$now", now), Arg("$pk", model.Pk), Arg("$version", version));

    private static OspreyException AliasNotFound(string name, string alias) =>
        OspreyException.NotFound($"Model '{name}' has no alias '{alias}'.");
}

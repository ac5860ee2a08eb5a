using Osprey.Core;
using Osprey.Core.Registry;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Registry;

/// <summary>The append-only history of stage and alias moves.</summary>
internal static class RegistryEvents
{
    /// <summary>Appends one move, in the caller's transaction.</summary>
    public static void Append(SqlSession session, ModelKey model, RegistryEventKind kind, string target, int? from, int? to, RegistryChange change) =>
        session.Execute(
            """
            INSERT INTO registry_events (model_pk, model_name, kind, target, from_version, to_version, actor, reason, timestamp)
            VALUES ($pk, $name, $kind, $target, $from, $to, $actor, $reason, $now)
            """,
            Arg("$pk", model.Pk), Arg("$name", model.Name), Arg("$kind", RegistryText.Kind(kind)), Arg("$target", target),
            Arg("$from", from), Arg("$to", to), Arg("$actor", change.Actor), Arg("$reason", change.Reason), Arg("$now", change.Now));

    /// <summary>Appends a stage move: <paramref name="target"/> passed from its previous holder to <paramref name="to"/>.</summary>
    public static void Stage(SqlSession session, ModelKey model, ModelStage target, int? from, int? to, RegistryChange change) =>
        Append(session, model, RegistryEventKind.StageTransition, RegistryText.Stage(target), from, to, change);

    /// <summary>Returns a model's history oldest first, optionally for one target and up to a time.</summary>
    /// <remarks>History outlives the model; the name is unknown only when neither a model nor any history carries it.</remarks>
    public static List<RegistryEvent> History(SqlSession session, string name, string? target, long? upTo)
    {
        var events = session.Query(
            """
            SELECT event_id, model_name, kind, target, from_version, to_version, actor, reason, timestamp FROM registry_events
            WHERE model_name = $name AND ($target IS NULL OR target = $target) AND ($upTo IS NULL OR timestamp <= $upTo)
            ORDER BY timestamp, event_id
            """,
            row => new RegistryEvent(
                row.GetInt64(0),
                row.GetString(1),
                RegistryText.ParseKind(row.GetString(2)),
                row.GetString(3),
                row.IsDBNull(4) ? null : row.GetInt32(4),
                row.IsDBNull(5) ? null : row.GetInt32(5),
                row.GetString(6),
                row.IsDBNull(7) ? null : row.GetString(7),
                row.GetInt64(8)),
            Arg("$name", name), Arg("$target", target), Arg("$upTo", upTo));
        if (events.Count == 0 && ModelRows.Find(session, name) is null &&
            session.ScalarInt64("SELECT 1 FROM registry_events WHERE model_name = $name LIMIT 1", Arg("$name", name)) is null)
        {
            throw ModelRows.NotFound(name);
        }
        return events;
    }
}

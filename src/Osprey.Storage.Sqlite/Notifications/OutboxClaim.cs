using Osprey.Core.Alerting.Notifications;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Notifications;

/// <summary>The claiming half of the outbox, run inside one write transaction: release held notifications as digests, then lease due ones.</summary>
internal static class OutboxClaim
{
    public static List<OutboxEntry> Run(SqlSession session, long now, TimeSpan lease, int limit)
    {
        Release(session, now);
        var leaseEnd = now + (long)lease.TotalMilliseconds;
        // A row still 'sending' past its lease belonged to a sender that died: it is due again (the at-least-once window).
        var ids = session.Query(
            "SELECT id FROM notification_outbox WHERE status IN ('pending', 'sending') AND due_at <= $now ORDER BY due_at, id LIMIT $limit",
            r => r.GetInt64(0), Arg("$now", now), Arg("$limit", limit));
        var digests = ids.Count == 0 ? [] : session.Query(
            $"SELECT DISTINCT digest_id FROM notification_outbox WHERE id IN ({IdList(ids)}) AND digest_id IS NOT NULL", r => r.GetString(0));
        foreach (var digest in digests)
        {
            ids.AddRange(session.Query(
                "SELECT id FROM notification_outbox WHERE digest_id = $digest AND status IN ('pending', 'sending')", r => r.GetInt64(0), Arg("$digest", digest)));
        }
        if (ids.Count == 0)
        {
            return [];
        }
        var list = IdList(ids.Distinct());
        session.Execute($"UPDATE notification_outbox SET status = 'sending', attempts = attempts + 1, due_at = $lease WHERE id IN ({list})", Arg("$lease", leaseEnd));
        return session.Query($"SELECT {OutboxRows.OutboxColumns} FROM notification_outbox WHERE id IN ({list}) ORDER BY id", OutboxRows.Entry);
    }

    private static void Release(SqlSession session, long now)
    {
        var held = session.Query(
            "SELECT id, recipient, channel, delivery_id FROM notification_outbox WHERE status = 'held' AND due_at <= $now ORDER BY id",
            r => (Id: r.GetInt64(0), Recipient: r.GetString(1), Channel: r.GetString(2), DeliveryId: r.GetString(3)), Arg("$now", now));
        foreach (var group in held.GroupBy(h => (h.Recipient, h.Channel)))
        {
            var digest = DeliveryIds.ForDigest(group.Select(g => g.DeliveryId));
            session.Execute($"UPDATE notification_outbox SET status = 'pending', due_at = $now, digest_id = $digest WHERE id IN ({IdList(group.Select(g => g.Id))})",
                Arg("$now", now), Arg("$digest", digest));
        }
    }

    // Ids come from the database as integers, never from input, so writing them into the statement is safe.
    private static string IdList(IEnumerable<long> ids) => string.Join(',', ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

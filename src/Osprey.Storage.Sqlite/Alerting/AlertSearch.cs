using System.Text;
using Osprey.Core.Alerting;
using Osprey.Core.Alerting.Alerts;
using Osprey.Storage.Sqlite.Connections;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Alerting;

/// <summary>Compiles an alert query to one WHERE clause whose every value is a parameter, then reads the count and the page.</summary>
internal static class AlertSearch
{
    public static AlertPage Run(SqlSession session, AlertQuery query)
    {
        var (where, args) = Where(query);
        var total = (int)session.ScalarInt64($"SELECT COUNT(*) FROM alerts a{where}", args.ToArray())!.Value;
        args.Add(Arg("$limit", query.Limit));
        args.Add(Arg("$offset", query.Offset));
        var alerts = session.Query($"SELECT {AlertRows.Columns} FROM alerts a{where} ORDER BY a.created_at DESC, a.alert_pk DESC LIMIT $limit OFFSET $offset",
            AlertRows.Map, args.ToArray());
        return new AlertPage(alerts, total, query.Offset);
    }

    private static (string Where, List<SqlArg> Args) Where(AlertQuery q)
    {
        var sql = new StringBuilder();
        var args = new List<SqlArg>();
        void Add(string condition, string name, object? value)
        {
            sql.Append(sql.Length == 0 ? " WHERE " : " AND ").Append(condition);
            args.Add(Arg(name, value));
        }
        if (q.Status is { } status)
        {
            Add("a.status = $status", "$status", status == AlertStatus.Open ? "open" : "closed");
        }
        if (q.Priority is { } priority)
        {
            Add("a.priority = $priority", "$priority", (int)priority);
        }
        if (q.Tag is not null)
        {
            Add("EXISTS (SELECT 1 FROM alert_tags t WHERE t.alert_pk = a.alert_pk AND t.tag = $tag)", "$tag", q.Tag);
        }
        if (q.Team is not null)
        {
            Add("a.team = $team", "$team", q.Team);
        }
        if (q.Entity is not null)
        {
            Add("a.entity = $entity", "$entity", q.Entity);
        }
        if (q.Source is not null)
        {
            Add("a.source = $source", "$source", q.Source);
        }
        if (q.Alias is not null)
        {
            Add("a.alias = $alias", "$alias", q.Alias);
        }
        if (q.CreatedFrom is { } from)
        {
            Add("a.created_at >= $from", "$from", from);
        }
        if (q.CreatedTo is { } to)
        {
            Add("a.created_at < $to", "$to", to);
        }
        return (sql.ToString(), args);
    }
}

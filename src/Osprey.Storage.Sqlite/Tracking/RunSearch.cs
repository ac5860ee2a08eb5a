using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Search;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Run search and count: queries pick the page's keys, then <see cref="RunLoader"/> loads the page set-based.</summary>
internal static class RunSearch
{
    /// <summary>The order that ends every search: newest first, then by id so pages are stable.</summary>
    private const string BaseOrder = "r.start_time DESC, r.run_uuid ASC";

    /// <summary>Returns the matching runs of the query's page, fully loaded, in order.</summary>
    public static List<Run> Search(SqlSession session, RunSearchQuery query)
    {
        if (query.ExperimentIds.Count == 0 || query.MaxResults <= 0)
        {
            return [];
        }
        var first = query.OrderBy.Count > 0 ? RunSearchSchema.KeyedTable(query.OrderBy[0].Field) : null;
        var pks = first is { } keyed ? PageByKeyedOrder(session, query, keyed.Table, keyed.HasNan) : PageBySingleQuery(session, query);
        return RunLoader.Load(session, pks);
    }

    /// <summary>Counts the runs matching the query's experiments, view and filter.</summary>
    public static long Count(SqlSession session, RunSearchQuery query)
    {
        if (query.ExperimentIds.Count == 0)
        {
            return 0;
        }
        var parameters = new SqlParameters();
        var where = SearchStatement.Where(RunSearchSchema.Instance, parameters, Conditions(query, parameters), query.Filter);
        return session.ScalarInt64($"SELECT COUNT(*) FROM runs r WHERE {where}", parameters.Args) ?? 0;
    }

    /// <summary>Returns a page of a metric's history ordered by step, then timestamp, then logging order.</summary>
    public static List<Metric> History(SqlSession session, long pk, string key, int maxResults, int offset) =>
        session.Query(
            """
            SELECT key, value, timestamp, step, is_nan FROM metric_history
            WHERE run_pk = $pk AND key = $key ORDER BY step, timestamp, rowid LIMIT $limit OFFSET $offset
            """,
            row => RunRows.MapMetric(row, 0),
            Arg("$pk", pk), Arg("$key", key), Arg("$limit", Math.Max(0, maxResults)), Arg("$offset", Math.Max(0, offset)));

    private static List<long> PageBySingleQuery(SqlSession session, RunSearchQuery query)
    {
        var parameters = new SqlParameters();
        var sql = SearchStatement.Build(RunSearchSchema.Instance, parameters, "SELECT r.run_pk FROM runs r", Conditions(query, parameters),
            query.Filter, query.OrderBy, BaseOrder, query.MaxResults, query.Offset);
        return session.Query(sql, row => row.GetInt64(0), parameters.Args);
    }

    private static List<long> PageByKeyedOrder(SqlSession session, RunSearchQuery query, string table, bool hasNan)
    {
        var parameters = new SqlParameters();
        var conditions = string.Join(" AND ", Conditions(query, parameters));
        var filter = query.Filter is null ? "1" : FilterSql.Compile(query.Filter, RunSearchSchema.Instance, parameters);
        return KeyedOrderPage.Take(session, query, parameters, conditions, filter, table, hasNan, BaseOrder);
    }

    private static string[] Conditions(RunSearchQuery query, SqlParameters parameters) =>
    [
        $"r.experiment_id IN ({parameters.AddList(query.ExperimentIds.Select(id => id.Value))})",
        TrackingText.ViewCondition(query.ViewType, "r.lifecycle_stage"),
    ];
}

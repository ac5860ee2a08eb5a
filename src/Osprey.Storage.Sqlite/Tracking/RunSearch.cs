using Osprey.Core.Tracking;
using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Search;
using static Osprey.Storage.Sqlite.Connections.SqlArg;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Run search and count: ordered reads pick the page's keys, then <see cref="RunLoader"/> loads the page set-based.</summary>
/// <remarks>
/// A page is read with whichever of two equivalent filter forms suits the read (<see cref="FilterStyle"/>): ordered reads
/// that stop after a page probe each candidate (correlated), reads that must visit every run gather each filter's matches
/// once (membership). Which one applies is decided by a bounded probe (<see cref="RunPageReader.Probe"/>), for the default
/// order and for orders led by a metric, param or tag; other orders use one correlated query.
/// </remarks>
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
        var parameters = new SqlParameters();
        var conditions = string.Join(" AND ", Conditions(query, parameters));
        var filters = Compile(query.Filter, parameters);
        var page = new RunPageReader(session, parameters, query.MaxResults, query.Offset);
        if (query.OrderBy.Count == 0)
        {
            ReadDefaultOrder(page, conditions, filters);
        }
        else if (RunSearchSchema.KeyedTable(query.OrderBy[0].Field) is { } keyed)
        {
            KeyedOrder.Read(page, query.OrderBy, parameters, conditions, filters, keyed.Table, keyed.HasNan, BaseOrder);
        }
        else
        {
            var order = OrderSql.Compile(query.OrderBy, RunSearchSchema.Instance, parameters);
            page.Read($"FROM runs r {order.Joins} WHERE {conditions} AND {filters.Correlated}", $"{order.Terms}, {BaseOrder}");
        }
        return RunLoader.Load(session, page.Keys);
    }

    /// <summary>Counts the runs matching the query's experiments, view and filter.</summary>
    public static long Count(SqlSession session, RunSearchQuery query)
    {
        if (query.ExperimentIds.Count == 0)
        {
            return 0;
        }
        var parameters = new SqlParameters();
        // Counting visits every matching run, where gathering each filter's matches once beats probing per run.
        var where = SearchStatement.Where(RunSearchSchema.Instance, parameters, Conditions(query, parameters), query.Filter, FilterStyle.Membership);
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

    private static void ReadDefaultOrder(RunPageReader page, string conditions, CompiledFilter filters)
    {
        var runs = $"FROM runs r WHERE {conditions}";
        // The unary + keeps SQLite 3.35 from turning the filter's EXISTS into an IN list that would drive the scan.
        if (!page.Probe(
                $"SELECT r.start_time {runs} ORDER BY r.start_time DESC LIMIT 1 OFFSET {{0}}",
                $"{runs} AND r.start_time >= {page.Bound} AND +({filters.Correlated})",
                $"{runs} AND +({filters.Correlated})",
                BaseOrder))
        {
            page.Read($"{runs} AND {filters.Membership}", BaseOrder);
        }
    }

    private static CompiledFilter Compile(FilterExpression? filter, SqlParameters parameters) => filter is null
        ? new CompiledFilter("1", "1")
        : new CompiledFilter(
            FilterSql.Compile(filter, RunSearchSchema.Instance, parameters, FilterStyle.Correlated),
            FilterSql.Compile(filter, RunSearchSchema.Instance, parameters, FilterStyle.Membership));

    private static string[] Conditions(RunSearchQuery query, SqlParameters parameters) =>
    [
        $"r.experiment_id IN ({parameters.AddList(query.ExperimentIds.Select(id => id.Value))})",
        TrackingText.ViewCondition(query.ViewType, "r.lifecycle_stage"),
    ];
}

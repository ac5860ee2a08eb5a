using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Search;

namespace Osprey.Storage.Sqlite.Tracking;

/// <summary>Reads a run page whose first sort key is a metric, param or tag.</summary>
/// <remarks>
/// The order has up to three consecutive parts: runs having the key (in value order), then, for metrics, runs whose
/// value is NaN, then runs lacking the key. The first part is probed in the key's (key, value) index order; when the
/// probe's prefix holds too few matches, they are rare, and the part is read by gathering the filter's matches first.
/// The last part has to visit every run in scope, so it gathers the filter's matches too.
/// </remarks>
internal static class KeyedOrder
{
    public static void Read(RunPageReader page, IReadOnlyList<OrderByClause> orderBy, SqlParameters parameters, string conditions,
        CompiledFilter filter, string table, bool hasNan, string baseOrder)
    {
        var rest = OrderSql.Compile(orderBy.Skip(1).ToList(), RunSearchSchema.Instance, parameters, firstAlias: 1);
        var restOrder = rest.Terms.Length == 0 ? baseOrder : $"{rest.Terms}, {baseOrder}";
        var key = parameters.Add(orderBy[0].Field.Key);
        var ascending = orderBy[0].Ascending;
        var present = hasNan ? " AND o0.value IS NOT NULL" : "";
        var order = $"o0.value {(ascending ? "ASC" : "DESC")}, {restOrder}";
        // CROSS JOIN makes SQLite read the key's index in order and stop at the page's end; the unary + keeps
        // SQLite 3.35 from turning the filter's EXISTS into an IN list that would drive the join instead.
        var keyed = $"FROM {table} o0 CROSS JOIN runs r ON r.run_pk = o0.run_pk {rest.Joins} WHERE o0.key = {key} AND {conditions}";
        if (!page.Probe(
                $"SELECT value FROM {table} WHERE key = {key} AND value IS NOT NULL ORDER BY value {(ascending ? "ASC" : "DESC")} LIMIT 1 OFFSET {{0}}",
                $"{keyed}{present} AND o0.value {(ascending ? "<=" : ">=")} {page.Bound} AND +({filter.Correlated})",
                $"{keyed}{present} AND +({filter.Correlated})",
                order))
        {
            page.Read($"FROM runs r JOIN {table} o0 ON o0.run_pk = r.run_pk AND o0.key = {key} {rest.Joins} " +
                      $"WHERE {conditions}{present} AND {filter.Membership}", order);
        }
        if (hasNan)
        {
            page.Read($"{keyed} AND o0.value IS NULL AND {filter.Correlated}", restOrder);
        }
        page.Read($"FROM runs r {rest.Joins} WHERE NOT EXISTS (SELECT 1 FROM {table} x WHERE x.run_pk = r.run_pk AND x.key = {key}) " +
                  $"AND {conditions} AND {filter.Membership}", restOrder);
    }
}

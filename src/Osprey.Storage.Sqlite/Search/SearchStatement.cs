using Osprey.Core.Tracking.Search;

namespace Osprey.Storage.Sqlite.Search;

/// <summary>Assembles a paged search SELECT from fixed conditions, a filter and sort keys.</summary>
internal static class SearchStatement
{
    /// <summary>Builds <c>select [joins] WHERE … ORDER BY … LIMIT … OFFSET …</c>; every value becomes a parameter.</summary>
    /// <param name="select">The <c>SELECT … FROM entity alias [JOIN …]</c> head.</param>
    /// <param name="baseOrder">The entity's default order, which also ends every explicit order so pages are stable.</param>
    public static string Build(
        ISearchSchema schema,
        SqlParameters parameters,
        string select,
        IEnumerable<string> conditions,
        FilterExpression? filter,
        IReadOnlyList<OrderByClause> orderBy,
        string baseOrder,
        int limit,
        int offset)
    {
        var order = OrderSql.Compile(orderBy, schema, parameters);
        var where = Where(schema, parameters, conditions, filter);
        var terms = orderBy.Count == 0 ? baseOrder : $"{order.Terms}, {baseOrder}";
        return $"{select} {order.Joins} WHERE {where} ORDER BY {terms} " +
               $"LIMIT {parameters.Add(Math.Max(0, limit))} OFFSET {parameters.Add(Math.Max(0, offset))}";
    }

    /// <summary>Joins fixed conditions and the compiled filter with AND (<c>1</c> when there are none).</summary>
    public static string Where(ISearchSchema schema, SqlParameters parameters, IEnumerable<string> conditions, FilterExpression? filter,
        FilterStyle style = FilterStyle.Correlated)
    {
        var where = conditions.ToList();
        if (filter is not null)
        {
            where.Add(FilterSql.Compile(filter, schema, parameters, style));
        }
        return where.Count == 0 ? "1" : string.Join(" AND ", where);
    }
}

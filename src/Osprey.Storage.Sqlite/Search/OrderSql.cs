using Osprey.Core.Tracking.Search;

namespace Osprey.Storage.Sqlite.Search;

/// <summary>The joins and ORDER BY terms for a list of sort keys.</summary>
internal sealed record OrderSql(string Joins, string Terms)
{
    /// <summary>Compiles sort keys: missing values last in both directions, NaN after numbers, then the value.</summary>
    /// <param name="firstAlias">The number of the first joined alias (<c>o{n}</c>), when earlier clauses are joined elsewhere.</param>
    public static OrderSql Compile(IReadOnlyList<OrderByClause> clauses, ISearchSchema schema, SqlParameters parameters, int firstAlias = 0)
    {
        var joins = new List<string>();
        var terms = new List<string>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var sort = schema.Sort(clauses[i].Field, parameters, $"o{i + firstAlias}");
            if (sort.Join is not null)
            {
                joins.Add(sort.Join);
            }
            if (sort.MissingFlag is not null)
            {
                terms.Add(sort.MissingFlag);
            }
            if (sort.NanFlag is not null)
            {
                terms.Add(sort.NanFlag);
            }
            terms.Add(sort.Value + (clauses[i].Ascending ? " ASC" : " DESC"));
        }
        return new OrderSql(string.Join(" ", joins), string.Join(", ", terms));
    }
}

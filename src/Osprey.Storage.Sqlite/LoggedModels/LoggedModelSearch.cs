using Osprey.Core.Tracking.LoggedModels;
using Osprey.Core.Tracking.Search;
using Osprey.Storage.Sqlite.Connections;
using Osprey.Storage.Sqlite.Search;

namespace Osprey.Storage.Sqlite.LoggedModels;

/// <summary>Finds a page of active logged models: the page's keys first, then the models with one query per child table.</summary>
internal static class LoggedModelSearch
{
    private const string BaseOrder = "m.creation_timestamp DESC, m.model_id ASC";

    public static List<LoggedModel> Search(SqlSession session, LoggedModelSearchQuery query)
    {
        var schema = new LoggedModelSearchSchema(query.Datasets);
        var parameters = new SqlParameters();
        var conditions = new[]
        {
            $"m.experiment_id IN ({parameters.AddList(query.ExperimentIds.Select(id => id.Value))})",
            "m.lifecycle_stage = 'active'",
        };
        var (joins, terms) = Order(query.OrderBy, schema, parameters);
        var where = SearchStatement.Where(schema, parameters, conditions, query.Filter);
        var sql = $"SELECT m.model_pk FROM logged_models m {joins} WHERE {where} ORDER BY {terms}{BaseOrder} " +
                  $"LIMIT {parameters.Add(Math.Max(0, query.MaxResults))} OFFSET {parameters.Add(Math.Max(0, query.Offset))}";
        var pks = session.Query(sql, row => row.GetInt64(0), parameters.Args);
        return LoggedModelRows.Load(session, pks);
    }

    /// <summary>Compiles the sort keys (missing values last in both directions, NaN after numbers), each followed by ", ".</summary>
    private static (string Joins, string Terms) Order(IReadOnlyList<LoggedModelOrder> order, LoggedModelSearchSchema schema, SqlParameters parameters)
    {
        var joins = new List<string>();
        var terms = new List<string>();
        for (var i = 0; i < order.Count; i++)
        {
            var (clause, dataset) = (order[i].Clause, order[i].Dataset);
            var alias = $"o{i}";
            var sort = clause.Field.Kind == FieldKind.Metric
                ? LoggedModelSearchSchema.MetricSort(clause.Field.Key, dataset, parameters, alias)
                : schema.Sort(clause.Field, parameters, alias);
            if (sort.Join is not null)
            {
                joins.Add(sort.Join);
            }
            terms.AddRange(new[] { sort.MissingFlag, sort.NanFlag }.OfType<string>());
            terms.Add(sort.Value + (clause.Ascending ? " ASC" : " DESC"));
        }
        return (string.Join(" ", joins), string.Concat(terms.Select(t => t + ", ")));
    }
}

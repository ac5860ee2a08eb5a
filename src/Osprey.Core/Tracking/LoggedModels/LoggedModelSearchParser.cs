using Osprey.Core.Tracking.Search;

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>Turns a logged model search as a client writes it into a validated query, reporting filter and sort errors with their position.</summary>
public static class LoggedModelSearchParser
{
    /// <summary>The page size when none is asked for (MLflow's default).</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Parses a search; throws <see cref="ErrorCode.InvalidParameter"/> naming the field at fault.</summary>
    public static LoggedModelSearchQuery Parse(LoggedModelSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var size = PageToken.Size(request.MaxResults, DefaultPageSize, MaxPageSize);
        if (request.ExperimentIds.Count == 0)
        {
            throw OspreyException.Invalid("Missing value for required parameter 'experiment_ids': name at least one experiment to search in.");
        }
        var experiments = request.ExperimentIds.Select(id => ExperimentId.Parse(id, "experiment_ids")).ToList();
        var datasets = (request.Datasets ?? []).Select((d, i) => Dataset(d.Name, d.Digest, $"datasets[{i}]")).ToList();
        var order = (request.OrderBy ?? []).Select(Order).ToList();
        return new LoggedModelSearchQuery(
            experiments,
            SearchRequestParser.ParseFilter(request.Filter, LoggedModelSearchFields.Fields),
            datasets,
            order,
            size,
            PageToken.Decode(request.PageToken));
    }

    private static LoggedModelOrder Order(LoggedModelOrderBy order, int index)
    {
        var at = $"order_by[{index}]";
        var parsed = OrderByParser.Parse(EntityValidator.Required(order.FieldName, at + ".field_name"), LoggedModelSearchFields.Fields);
        if (!parsed.Success)
        {
            throw OspreyException.Invalid($"Invalid {at}.field_name '{order.FieldName}' {parsed.Error}.");
        }
        var clause = parsed.Value! with { Ascending = order.Ascending ?? parsed.Value.Ascending };
        if (order.DatasetName is null)
        {
            return order.DatasetDigest is null
                ? new LoggedModelOrder(clause)
                : throw OspreyException.Invalid($"'{at}.dataset_digest' needs '{at}.dataset_name' as well.");
        }
        if (clause.Field.Kind != FieldKind.Metric)
        {
            throw OspreyException.Invalid($"'{at}.dataset_name' applies only to metrics, but '{order.FieldName}' is not a metric.");
        }
        return new LoggedModelOrder(clause, Dataset(order.DatasetName, order.DatasetDigest, at));
    }

    private static LoggedModelDataset Dataset(string? name, string? digest, string at)
    {
        EntityValidator.Required(name, at + ".dataset_name");
        EntityValidator.Length(name, 500, at + ".dataset_name");
        EntityValidator.Length(digest, 36, at + ".dataset_digest");
        return new LoggedModelDataset(name!, string.IsNullOrEmpty(digest) ? null : digest);
    }
}

namespace Osprey.Core.Tracking.Search;

/// <summary>Turns the text of a search request into a validated query, reporting filter and order-by errors with their position.</summary>
public static class SearchRequestParser
{
    /// <summary>Parses a search over experiments, models or versions.</summary>
    public static SearchQuery Parse(SearchRequest request, SearchFieldSet fields, int defaultSize, int maxSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var size = PageToken.Size(request.MaxResults, defaultSize, maxSize);
        return new SearchQuery(
            ParseFilter(request.Filter, fields),
            ParseOrderBy(request.OrderBy, fields),
            request.ViewType,
            size,
            PageToken.Decode(request.PageToken));
    }

    /// <summary>Parses a run search.</summary>
    public static RunSearchQuery ParseRuns(RunSearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var size = PageToken.Size(request.MaxResults, TrackingLimits.DefaultSearchResults, TrackingLimits.MaxSearchResults);
        var experiments = request.ExperimentIds.Select(id => ExperimentId.Parse(id, "experiment_ids")).ToList();
        return new RunSearchQuery(
            experiments,
            ParseFilter(request.Filter, SearchFieldSet.Runs),
            ParseOrderBy(request.OrderBy, SearchFieldSet.Runs),
            request.ViewType,
            size,
            PageToken.Decode(request.PageToken));
    }

    /// <summary>Parses a filter, throwing <see cref="ErrorCode.InvalidParameter"/> with the error position on failure.</summary>
    public static FilterExpression? ParseFilter(string? filter, SearchFieldSet fields)
    {
        var parsed = FilterParser.Parse(filter, fields);
        if (!parsed.Success)
        {
            throw OspreyException.Invalid($"Invalid filter '{filter}' {parsed.Error}.");
        }
        return parsed.Value;
    }

    private static List<OrderByClause> ParseOrderBy(IReadOnlyList<string>? orderBy, SearchFieldSet fields)
    {
        var clauses = new List<OrderByClause>();
        foreach (var text in orderBy ?? [])
        {
            var parsed = OrderByParser.Parse(text, fields);
            if (!parsed.Success)
            {
                throw OspreyException.Invalid($"Invalid order_by clause '{text}' {parsed.Error}.");
            }
            clauses.Add(parsed.Value!);
        }
        return clauses;
    }
}

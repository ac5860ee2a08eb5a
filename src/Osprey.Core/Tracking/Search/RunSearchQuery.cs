namespace Osprey.Core.Tracking.Search;

/// <summary>A validated run search: experiments, optional filter, sort keys, view, page size and offset.</summary>
/// <remarks>Stores order by <see cref="OrderBy"/>, then by start_time descending, then by run_id, so pages are stable.</remarks>
public sealed record RunSearchQuery(
    IReadOnlyList<ExperimentId> ExperimentIds,
    FilterExpression? Filter,
    IReadOnlyList<OrderByClause> OrderBy,
    ViewType ViewType,
    int MaxResults,
    int Offset);

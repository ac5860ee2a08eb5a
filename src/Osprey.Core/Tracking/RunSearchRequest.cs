namespace Osprey.Core.Tracking;

/// <summary>A run search as a user writes it: filter and order-by text, page size and the token from the previous page.</summary>
/// <param name="Filter">The filter, e.g. <c>metrics.f1 &gt; 0.7 and (params.model = 'gbdt' or tags.team IN ('ds', 'ml'))</c>; null or empty matches all.</param>
/// <param name="OrderBy">Sort keys such as <c>metrics.f1 DESC</c> or <c>attributes.start_time</c>.</param>
/// <param name="MaxResults">Page size, 1 to 50,000 (default 1,000).</param>
public sealed record RunSearchRequest(
    IReadOnlyList<string> ExperimentIds,
    string? Filter = null,
    IReadOnlyList<string>? OrderBy = null,
    ViewType ViewType = ViewType.ActiveOnly,
    int? MaxResults = null,
    string? PageToken = null);

namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A logged model search as a client writes it: experiments, filter text, data sets for metric clauses, sort keys, page size and token.</summary>
/// <param name="Filter">For example <c>metrics.accuracy &gt; 0.9 AND params.alpha = '0.1' AND name LIKE 'churn%'</c>; null or empty matches all.</param>
/// <param name="MaxResults">Page size, 1 to 1,000 (default 50).</param>
public sealed record LoggedModelSearchRequest(
    IReadOnlyList<string> ExperimentIds,
    string? Filter = null,
    IReadOnlyList<LoggedModelDataset>? Datasets = null,
    IReadOnlyList<LoggedModelOrderBy>? OrderBy = null,
    int? MaxResults = null,
    string? PageToken = null);

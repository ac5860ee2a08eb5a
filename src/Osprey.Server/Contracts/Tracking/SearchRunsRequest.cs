namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/search</c>; Osprey's <c>/api/osprey/runs/search</c> also reads <see cref="CountOnly"/>.</summary>
public sealed record SearchRunsRequest(IReadOnlyList<string>? ExperimentIds, string? Filter, string? RunViewType, int? MaxResults, IReadOnlyList<string>? OrderBy, string? PageToken, bool? CountOnly = null);

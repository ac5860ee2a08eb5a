namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body (or query) of <c>experiments/search</c>; <see cref="ViewType"/> is ACTIVE_ONLY, DELETED_ONLY or ALL.</summary>
public sealed record SearchExperimentsRequest(long? MaxResults, string? PageToken, string? Filter, IReadOnlyList<string>? OrderBy, string? ViewType);

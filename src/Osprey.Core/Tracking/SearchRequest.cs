namespace Osprey.Core.Tracking;

/// <summary>A search over experiments, registered models or model versions as a user writes it.</summary>
public sealed record SearchRequest(
    string? Filter = null,
    IReadOnlyList<string>? OrderBy = null,
    ViewType ViewType = ViewType.ActiveOnly,
    int? MaxResults = null,
    string? PageToken = null);

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The body of <c>logged-models/search</c>.</summary>
public sealed record SearchLoggedModelsRequest(
    IReadOnlyList<string>? ExperimentIds,
    string? Filter,
    IReadOnlyList<LoggedModelDatasetDto>? Datasets,
    long? MaxResults,
    IReadOnlyList<LoggedModelOrderByDto>? OrderBy,
    string? PageToken);

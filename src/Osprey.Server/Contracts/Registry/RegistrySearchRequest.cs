namespace Osprey.Server.Contracts.Registry;

/// <summary>The query of <c>registered-models/search</c> and <c>model-versions/search</c>.</summary>
public sealed record RegistrySearchRequest(string? Filter, long? MaxResults, IReadOnlyList<string>? OrderBy, string? PageToken);

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>A data set that a search's metric clauses are restricted to.</summary>
public sealed record LoggedModelDatasetDto(string? DatasetName, string? DatasetDigest);

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>One sort key of a logged model search, such as <c>{"field_name": "metrics.accuracy", "ascending": false}</c>.</summary>
public sealed record LoggedModelOrderByDto(string? FieldName, bool? Ascending, string? DatasetName, string? DatasetDigest);

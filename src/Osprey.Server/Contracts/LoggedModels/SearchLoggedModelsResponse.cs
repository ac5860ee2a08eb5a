namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>One page of logged models.</summary>
public sealed record SearchLoggedModelsResponse(IReadOnlyList<LoggedModelDto>? Models, string? NextPageToken);

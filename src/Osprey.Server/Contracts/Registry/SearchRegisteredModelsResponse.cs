namespace Osprey.Server.Contracts.Registry;

/// <summary>One page of registered models.</summary>
public sealed record SearchRegisteredModelsResponse(IReadOnlyList<RegisteredModelDto>? RegisteredModels, string? NextPageToken);

namespace Osprey.Server.Contracts.Registry;

/// <summary>A model's stage and alias history, oldest first.</summary>
public sealed record RegistryHistoryResponse(IReadOnlyList<RegistryEventDto>? Events);

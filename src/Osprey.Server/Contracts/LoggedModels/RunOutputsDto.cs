namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>A run's outputs as GetRun renders them.</summary>
public sealed record RunOutputsDto(IReadOnlyList<ModelOutputDto>? ModelOutputs);

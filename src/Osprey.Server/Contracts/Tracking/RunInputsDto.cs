namespace Osprey.Server.Contracts.Tracking;

/// <summary>The data sets a run used.</summary>
public sealed record RunInputsDto(IReadOnlyList<DatasetInputDto>? DatasetInputs);

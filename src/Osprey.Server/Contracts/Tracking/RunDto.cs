namespace Osprey.Server.Contracts.Tracking;

/// <summary>A run: attributes, data and inputs.</summary>
public sealed record RunDto(RunInfoDto Info, RunDataDto Data, RunInputsDto? Inputs);

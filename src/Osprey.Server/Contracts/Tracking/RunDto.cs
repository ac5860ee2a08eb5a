using Osprey.Server.Contracts.LoggedModels;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>A run: attributes, data, inputs and, when it produced logged models, outputs.</summary>
public sealed record RunDto(RunInfoDto Info, RunDataDto Data, RunInputsDto? Inputs, RunOutputsDto? Outputs = null);

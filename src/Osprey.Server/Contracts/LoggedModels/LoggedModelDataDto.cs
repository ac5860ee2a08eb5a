using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>A logged model's params and the run metrics linked to it (each with its <c>run_id</c> and <c>model_id</c>); empty lists are omitted.</summary>
public sealed record LoggedModelDataDto(IReadOnlyList<ParamDto>? Params, IReadOnlyList<MetricDto>? Metrics);

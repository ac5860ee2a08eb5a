using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>A run's latest metrics, params and tags; empty lists are omitted.</summary>
public sealed record RunDataDto(IReadOnlyList<MetricDto>? Metrics, IReadOnlyList<ParamDto>? Params, IReadOnlyList<TagDto>? Tags);

using Osprey.Server.Contracts;

namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/log-batch</c>: at most 1,000 metrics, 100 params and 100 tags, 1 MB in all.</summary>
public sealed record LogBatchRequest(string? RunId, IReadOnlyList<MetricDto>? Metrics, IReadOnlyList<ParamDto>? Params, IReadOnlyList<TagDto>? Tags);

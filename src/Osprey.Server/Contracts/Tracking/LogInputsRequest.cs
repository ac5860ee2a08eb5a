namespace Osprey.Server.Contracts.Tracking;

/// <summary>The body of <c>runs/log-inputs</c>.</summary>
public sealed record LogInputsRequest(string? RunId, IReadOnlyList<DatasetInputDto>? Datasets);

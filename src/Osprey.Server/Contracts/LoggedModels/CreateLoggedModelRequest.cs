using Osprey.Server.Contracts.Tracking;

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The body of <c>POST logged-models</c>; only <see cref="ExperimentId"/> is required.</summary>
public sealed record CreateLoggedModelRequest(
    string? ExperimentId,
    string? Name,
    string? ModelType,
    string? SourceRunId,
    IReadOnlyList<ParamDto>? Params,
    IReadOnlyList<TagDto>? Tags);

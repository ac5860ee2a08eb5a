namespace Osprey.Core.Tracking.LoggedModels;

/// <summary>A new logged model: its experiment, an optional name (generated when absent), type, producing run, params and tags.</summary>
public sealed record CreateLoggedModelRequest(
    string? ExperimentId,
    string? Name = null,
    string? ModelType = null,
    string? SourceRunId = null,
    IReadOnlyList<Param>? Params = null,
    IReadOnlyList<Tag>? Tags = null);

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The body of <c>runs/outputs</c>: the logged models a run produced.</summary>
public sealed record LogOutputsRequest(string? RunId, IReadOnlyList<ModelOutputDto>? Models);

namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>A logged model a run produced and the step it was produced at (0 when absent).</summary>
public sealed record ModelOutputDto(string? ModelId, long? Step);

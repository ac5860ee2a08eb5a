namespace Osprey.Server.Contracts.LoggedModels;

/// <summary>The answer of creating, getting and finalizing a logged model.</summary>
public sealed record LoggedModelResponse(LoggedModelDto Model);

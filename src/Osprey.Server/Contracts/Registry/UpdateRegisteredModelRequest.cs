namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>registered-models/update</c>.</summary>
public sealed record UpdateRegisteredModelRequest(string? Name, string? Description);

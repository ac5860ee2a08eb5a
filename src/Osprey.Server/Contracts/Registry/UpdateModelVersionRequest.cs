namespace Osprey.Server.Contracts.Registry;

/// <summary>The body of <c>model-versions/update</c>.</summary>
public sealed record UpdateModelVersionRequest(string? Name, string? Version, string? Description);

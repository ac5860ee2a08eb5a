namespace Osprey.Server.Contracts.Registry;

/// <summary>The query of Osprey's <c>models/resolve</c>.</summary>
public sealed record ResolveModelRequest(string? Uri);

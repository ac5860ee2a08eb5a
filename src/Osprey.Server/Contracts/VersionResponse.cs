namespace Osprey.Server.Contracts;

/// <summary>The body of <c>GET /version</c>.</summary>
public sealed record VersionResponse(string Version);

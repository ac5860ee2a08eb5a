namespace Osprey.Server.Contracts;

/// <summary>The body of <c>GET /health</c>.</summary>
public sealed record HealthResponse(string Status);

namespace Osprey.Server.Contracts.Tracking;

/// <summary>A request naming one run (get, delete, restore).</summary>
public sealed record RunIdRequest(string? RunId, string? RunUuid);

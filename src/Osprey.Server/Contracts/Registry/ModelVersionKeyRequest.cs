namespace Osprey.Server.Contracts.Registry;

/// <summary>A request naming one model version (get, delete, get-download-uri, lineage).</summary>
public sealed record ModelVersionKeyRequest(string? Name, string? Version);

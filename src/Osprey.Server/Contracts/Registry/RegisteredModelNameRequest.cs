namespace Osprey.Server.Contracts.Registry;

/// <summary>A request naming one registered model (get, delete).</summary>
public sealed record RegisteredModelNameRequest(string? Name);

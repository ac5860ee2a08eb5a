namespace Osprey.Server.Contracts.Registry;

/// <summary>The query of Osprey's <c>registered-models/history</c>; <see cref="Alias"/> narrows it to one alias or stage.</summary>
public sealed record RegistryHistoryRequest(string? Name, string? Alias);

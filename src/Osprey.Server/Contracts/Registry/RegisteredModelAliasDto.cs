namespace Osprey.Server.Contracts.Registry;

/// <summary>An alias of a registered model and the version it points at.</summary>
public sealed record RegisteredModelAliasDto(string Alias, string Version);

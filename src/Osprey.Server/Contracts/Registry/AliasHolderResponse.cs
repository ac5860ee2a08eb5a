namespace Osprey.Server.Contracts.Registry;

/// <summary>The version that held an alias or stage at a time; <see cref="Version"/> is absent when none did.</summary>
public sealed record AliasHolderResponse(string Name, string Alias, long Timestamp, string? Version);
